// Benchmark harness: times a task, runs the scikit-learn/scipy reference on the same data in the
// same run (when /usr/bin/python3 has it) and prints one JSON line per measurement.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Matrix } from '../src/analysis/matrix';
import { createRandom } from '../src/analysis/random';

export interface BenchLine {
  task: string;
  n: number;
  d: number;
  seconds: number;
  reference: string | null;
  reference_seconds: number | null;
  ratio?: number | null;
  budget?: string;
  within_budget?: boolean | null;
  [extra: string]: unknown;
}

export interface BenchTask {
  name: string;
  run: () => Promise<BenchLine[]> | BenchLine[];
}

const outDir = join(process.cwd(), 'bench', 'out');
const python = '/usr/bin/python3';
let referenceAvailable: boolean | null = null;

/** True when /usr/bin/python3 can import scikit-learn and scipy. */
export function hasReference(): boolean {
  if (referenceAvailable === null) {
    const probe = spawnSync(python, ['-c', 'import sklearn, scipy'], { encoding: 'utf8' });
    referenceAvailable = probe.status === 0;
  }
  return referenceAvailable;
}

/**
 * Runs bench/reference/<module>.py's run(X, params) on the same matrix and returns its timing and
 * whatever it reports; null when no reference is installed.
 */
export function runReference(module: string, X: Matrix | null, params: Record<string, unknown>): { seconds: number; name: string; [k: string]: unknown } | null {
  if (!hasReference()) return null;
  mkdirSync(outDir, { recursive: true });
  const dataPath = join(outDir, `${module}-${process.pid}.f64`);
  if (X) writeFileSync(dataPath, new Uint8Array(X.data.buffer, X.data.byteOffset, X.data.byteLength));
  const resultPath = join(outDir, `${module}-${process.pid}.json`);
  const spec = JSON.stringify({ module, data: X ? dataPath : null, rows: X?.rows ?? 0, cols: X?.cols ?? 0, params, out: resultPath });
  const proc = spawnSync(python, [join(process.cwd(), 'bench', 'reference', 'run.py'), spec], { encoding: 'utf8', maxBuffer: 1 << 26 });
  try {
    if (proc.status !== 0) {
      process.stderr.write(`reference ${module} failed: ${proc.stderr}\n`);
      return null;
    }
    return JSON.parse(readFileSync(resultPath, 'utf8'));
  } finally {
    if (existsSync(dataPath)) rmSync(dataPath);
    if (existsSync(resultPath)) rmSync(resultPath);
  }
}

/** Wall-clock seconds of fn (awaited), with its return value. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { seconds: (performance.now() - start) / 1000, value };
}

/** Isotropic Gaussian blobs like sklearn.datasets.make_blobs (seeded, our own generator). */
export function makeBlobs(n: number, d: number, centers: number, seed: number, spread = 1, box = 10): { X: Matrix; labels: Int32Array } {
  const rng = createRandom(seed);
  const c = new Float64Array(centers * d);
  for (let i = 0; i < c.length; i++) c[i] = (rng.next() * 2 - 1) * box;
  const data = new Float64Array(n * d);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % centers;
    labels[i] = k;
    for (let j = 0; j < d; j++) data[i * d + j] = c[k * d + j] + spread * rng.normal();
  }
  return { X: { data, rows: n, cols: d }, labels };
}

/** Builds a line with the ratio to the reference and whether a "within Nx" budget holds. */
export function line(task: string, X: { rows: number; cols: number }, seconds: number,
  ref: { seconds: number; name: string } | null, budgetRatio?: number, extra: Record<string, unknown> = {}): BenchLine {
  const ratio = ref ? seconds / ref.seconds : null;
  return {
    task, n: X.rows, d: X.cols, seconds: round(seconds),
    reference: ref?.name ?? null, reference_seconds: ref ? round(ref.seconds) : null,
    ratio: ratio === null ? null : round(ratio),
    ...(budgetRatio ? { budget: `${budgetRatio}x reference`, within_budget: ratio === null ? null : ratio <= budgetRatio } : {}),
    ...extra,
  };
}

export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
