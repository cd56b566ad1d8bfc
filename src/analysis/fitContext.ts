// What every estimator's fit receives besides data and parameters: seed, progress and a stop check.
// Workers fill it from a job; tests and benchmarks use defaultContext().

export interface FitContext {
  /** Seed for every stochastic step; the same seed gives the same result. */
  seed: number;
  /** Reports progress in [0, 1] with a short phase name; called a few times a second at most. */
  onProgress?: (fraction: number, phase: string) => void;
  /** Returns true when the caller wants the fit to stop; checked between iterations. */
  shouldStop?: () => boolean;
}

/** Thrown by a fit that noticed shouldStop(); callers treat it as a cancellation, not a failure. */
export class FitStoppedError extends Error {
  constructor() {
    super('The run was cancelled');
    this.name = 'FitStoppedError';
  }
}

export function defaultContext(seed = 0): FitContext {
  return { seed };
}

/** Throws FitStoppedError when the context asks to stop. */
export function checkStop(ctx: FitContext): void {
  if (ctx.shouldStop?.()) throw new FitStoppedError();
}

/** Wraps onProgress so that it fires at most every `intervalMs` milliseconds (plus the final 1.0). */
export function throttledProgress(ctx: FitContext, intervalMs = 100): (fraction: number, phase: string) => void {
  let last = -Infinity;
  return (fraction, phase) => {
    if (!ctx.onProgress) return;
    const now = Date.now();
    if (fraction >= 1 || now - last >= intervalMs) {
      last = now;
      ctx.onProgress(fraction, phase);
    }
  };
}
