// The surface the lasso and the box are drawn on, above the map's canvas while one of those tools is on:
// it follows the pointer, draws the path, and hands the finished shape over in client pixels.
import { useRef, useState } from 'react';

export type DrawTool = 'lasso' | 'box';

interface Props {
  tool: DrawTool;
  /** The closed lasso, [x0, y0, x1, y1, ...] in client (viewport) pixels, as the box's corners. */
  onLasso: (polygon: number[]) => void;
  onBox: (x0: number, y0: number, x1: number, y1: number) => void;
}

/** Pointer moves shorter than this add no lasso vertex (keeps a slow hand's path to a few hundred points). */
const MIN_STEP_PX = 3;

export function SelectionOverlay({ tool, onLasso, onBox }: Props) {
  const [path, setPath] = useState<number[] | null>(null);
  const pathRef = useRef<number[] | null>(null);
  const update = (next: number[] | null) => { pathRef.current = next; setPath(next); };
  const at = (e: React.PointerEvent<SVGSVGElement>): [number, number] => {
    const rect = e.currentTarget.getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top];
  };

  const onPointerDown = (e: React.PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    // No text selection or native drag may start under the pointer and cancel the drawing.
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    update(at(e));
  };
  const onPointerMove = (e: React.PointerEvent<SVGSVGElement>) => {
    const current = pathRef.current;
    if (!current) return;
    const [x, y] = at(e);
    if (tool === 'box') { update([current[0], current[1], x, y]); return; }
    const lastX = current[current.length - 2], lastY = current[current.length - 1];
    if (Math.hypot(x - lastX, y - lastY) >= MIN_STEP_PX) update([...current, x, y]);
  };
  const onPointerUp = (e: React.PointerEvent<SVGSVGElement>) => {
    const drawn = pathRef.current;
    update(null);
    if (!drawn) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const current = drawn.map((v, i) => v + (i % 2 === 0 ? rect.left : rect.top));
    if (tool === 'box' && current.length === 4 && Math.abs(current[2] - current[0]) > 2 && Math.abs(current[3] - current[1]) > 2) {
      onBox(current[0], current[1], current[2], current[3]);
    } else if (tool === 'lasso' && current.length >= 6) {
      onLasso(current);
    }
  };

  return (
    <svg data-testid="selection-overlay" aria-hidden="true"
      style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', zIndex: 2, cursor: 'crosshair', touchAction: 'none' }}
      onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => update(null)}>
      {path && tool === 'lasso' ? (
        <polygon points={pairs(path)} fill="rgba(47, 91, 234, 0.08)" stroke="#2f5bea" strokeWidth={1.5} />
      ) : null}
      {path && tool === 'box' && path.length === 4 ? (
        <rect x={Math.min(path[0], path[2])} y={Math.min(path[1], path[3])} width={Math.abs(path[2] - path[0])}
          height={Math.abs(path[3] - path[1])} fill="rgba(47, 91, 234, 0.08)" stroke="#2f5bea" strokeWidth={1.5} />
      ) : null}
    </svg>
  );
}

function pairs(flat: number[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push(`${flat[i]},${flat[i + 1]}`);
  return out.join(' ');
}
