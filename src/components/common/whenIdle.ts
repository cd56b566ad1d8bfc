// Runs a callback the next time the page is idle (requestIdleCallback), or after 200 ms where the browser
// has no idle callbacks: for work that can wait for the analyst to pause, such as starting DuckDB or WebGL.
export function whenIdle(callback: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => callback());
  else window.setTimeout(callback, 200);
}
