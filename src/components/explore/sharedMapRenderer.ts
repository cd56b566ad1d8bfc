// The one point renderer of the session, on a canvas the app owns: its WebGL2 context and program are
// built once, while the page is idle after a load, and every map adopts them (browsers cap live contexts).
import { PointRenderer } from './gl/pointRenderer';
import { whenIdle } from '../common/whenIdle';

let shared: PointRenderer | null = null;
let failure: Error | null = null;
let prewarmScheduled = false;

function build(): PointRenderer {
  if (shared) return shared;
  if (failure) throw failure;
  try {
    shared = new PointRenderer(document.createElement('canvas'));
    return shared;
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw failure;
  }
}

/**
 * Builds the renderer the next time the page is idle, so that the first run's map does not pay for it
 * when the run ends. `isBusy` is asked at that moment: while a job runs, the map is built when it is shown.
 */
export function prewarmMapRenderer(isBusy: () => boolean): void {
  if (shared || failure || prewarmScheduled) return;
  prewarmScheduled = true;
  whenIdle(() => {
    prewarmScheduled = false;
    if (isBusy()) return;
    try {
      build().render();
    } catch { /* reported by adoptMapRenderer when the map is shown */ }
    // Said on the page so that a browser test can wait for a settled page before it measures a run.
    document.documentElement.dataset.mapReady = 'true';
  });
}

/** Puts the shared canvas into `host` and returns its renderer, cleared of the previous view's points and camera. */
export function adoptMapRenderer(host: HTMLElement): PointRenderer {
  const renderer = build();
  renderer.clear();
  host.appendChild(renderer.canvas);
  return renderer;
}

/** Takes the canvas out of the page (a view closing); the renderer stays ready for the next one. */
export function releaseMapRenderer(host: HTMLElement): void {
  if (!shared) return;
  shared.clear();
  if (shared.canvas.parentElement === host) host.removeChild(shared.canvas);
}
