// Mounts its children one after another, one per frame, each in a React transition: the panels a finished
// run opens then mount, lay out and paint in several short main-thread tasks instead of one long one.
import { Children, startTransition, useEffect, useState, type ReactNode } from 'react';

export function RevealInTurn({ children }: { children: ReactNode }) {
  const items = Children.toArray(children);
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= items.length) return;
    // A frame lets the browser paint what is already shown; the timeout then starts the next mount after it.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [shown, items.length]);
  return <>{items.slice(0, shown)}</>;
}
