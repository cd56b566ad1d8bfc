// The one regl-scatterplot of the session, on a canvas the app owns: its WebGL context, renderer and
// shaders cost 200-400 ms of main thread, so they are built once, while the page is idle, and every map adopts them.
import createScatterplot from 'regl-scatterplot';

export type Scatterplot = ReturnType<typeof createScatterplot>;

interface SharedScatterplot {
  canvas: HTMLCanvasElement;
  plot: Scatterplot;
}

let shared: SharedScatterplot | null = null;
let failure: Error | null = null;
let prewarmScheduled = false;

function build(): SharedScatterplot {
  if (shared) return shared;
  if (failure) throw failure;
  const canvas = document.createElement('canvas');
  try {
    const plot = createScatterplot({
      canvas,
      width: 'auto',
      height: 'auto',
      pointSize: 4,
      pointSizeSelected: 2,
      opacity: 0.8,
      opacityInactiveScale: 0.15,
      backgroundColor: [0.984, 0.988, 0.996, 1],
      lassoColor: [0.18, 0.36, 0.92, 1],
      lassoInitiator: false,
      deselectOnDblClick: true,
      deselectOnEscape: true,
      // The search index behind lasso and hover is built in a worker, not on the main thread.
      spatialIndexUseWorker: true,
    });
    shared = { canvas, plot };
    return shared;
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw failure;
  }
}

/**
 * Builds the scatterplot the next time the page is idle, so that the first run's map does not pay for it
 * when the run ends. `isBusy` is asked at that moment: while a job runs, the map is built when it is shown.
 */
export function prewarmScatterplot(isBusy: () => boolean): void {
  if (shared || failure || prewarmScheduled) return;
  prewarmScheduled = true;
  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
  whenIdle(() => {
    prewarmScheduled = false;
    if (isBusy()) return;
    try {
      const { plot } = build();
      // regl compiles its draw commands on the first frame that draws points: one point, drawn and cleared now.
      // Rendering it at once (export renders synchronously) compiles them here, not in a frame after a run.
      // The point is cleared only if no map has adopted the canvas (and drawn its customers) meanwhile.
      void plot.draw({ x: [0], y: [0] }).then(() => {
        if (!shared?.canvas.isConnected) {
          plot.export(undefined);
          void plot.clear();
        }
        // Said on the page so that a browser test can wait for a settled page before it measures a run.
        document.documentElement.dataset.mapReady = 'true';
      });
    } catch { /* reported by adoptScatterplot when the map is shown */ }
  });
}

/** Puts the shared canvas into `host` and returns its scatterplot, cleared of the previous view's selection and filter. */
export function adoptScatterplot(host: HTMLElement): Scatterplot {
  const { canvas, plot } = build();
  host.appendChild(canvas);
  plot.deselect({ preventEvent: true });
  void plot.unfilter({ preventEvent: true });
  return plot;
}

/** Takes the canvas out of the page (a view closing); the scatterplot stays ready for the next one. */
export function releaseScatterplot(host: HTMLElement): void {
  if (shared && shared.canvas.parentElement === host) host.removeChild(shared.canvas);
}
