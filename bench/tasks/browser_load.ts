// Browser benchmark: the 1M x 20 CSV of the Node load bench opened in the real app (production build, system
// Chromium): seconds from the file pick to the column profiles on screen, and the tab's peak memory (budget 2.5 GB).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { round, type BenchLine, type BenchTask } from '../harness';
import { serveDirectory } from '../browser/staticServer';
import { watchTabMemory } from '../browser/tabMemory';
import { makeWideCsv } from './ingest';

const ROWS = 1_000_000;
const COLUMNS = 20;
const TIME_BUDGET_SECONDS = 4;
/** 2.5 GiB: 2.5 * 1024^3 bytes. */
const MEMORY_BUDGET_BYTES = 2.5 * 1024 ** 3;
const LAUNCH_ARGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

interface LoadMarks { picked: number; profiled: number; phases: { text: string; at: number }[] }

/** BENCH_DIST reuses a build; otherwise the app is built into a temporary directory (removed afterwards). */
function appBuild(): { dir: string; built: boolean } {
  if (process.env.BENCH_DIST) return { dir: process.env.BENCH_DIST, built: false };
  const dir = mkdtempSync(join(tmpdir(), 'audience-lab-bench-dist-'));
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  return { dir, built: true };
}

/**
 * Notes in the page when the file input changes and when the profiles of all columns are on screen, with the
 * load status text's changes between (the phases); a MutationObserver, so no polling delay is counted.
 */
function markLoad({ rows, columns }: { rows: number; columns: number }): void {
  const marks: LoadMarks = { picked: Number.NaN, profiled: Number.NaN, phases: [] };
  (window as unknown as { benchLoad: LoadMarks }).benchLoad = marks;
  const summary = `${rows.toLocaleString('en')} rows · ${columns} columns`;
  document.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=file]')) marks.picked = performance.now();
  }, true);
  let status = '';
  new MutationObserver(() => {
    if (Number.isNaN(marks.picked) || !Number.isNaN(marks.profiled)) return;
    const text = document.querySelector('[role=status] p')?.textContent ?? '';
    if (text && text !== status) marks.phases.push({ text, at: performance.now() - marks.picked });
    status = text;
    const shown = document.querySelector('[data-testid="dataset-summary"]')?.textContent?.trim() === summary
      && document.querySelectorAll('.profiles > *').length === columns;
    if (shown) marks.profiled = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** The main thread's JS heap (CDP Performance.getMetrics), sampled every 500 ms; workers' heaps are in the RSS. */
async function watchJsHeap(page: Page): Promise<{ stop(): Promise<{ peakUsed: number; peakTotal: number }> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const peak = { peakUsed: 0, peakTotal: 0 };
  let pending: Promise<void> | null = null;
  const sample = () => {
    pending ??= cdp.send('Performance.getMetrics').then(({ metrics }) => {
      const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      peak.peakUsed = Math.max(peak.peakUsed, value('JSHeapUsedSize'));
      peak.peakTotal = Math.max(peak.peakTotal, value('JSHeapTotalSize'));
    }).finally(() => { pending = null; });
  };
  const timer = setInterval(sample, 500);
  return {
    stop: async () => {
      clearInterval(timer);
      await pending;
      sample();
      await pending;
      await cdp.detach();
      return peak;
    },
  };
}

async function browserLoad(): Promise<BenchLine[]> {
  const work = mkdtempSync(join(tmpdir(), 'audience-lab-bench-'));
  const build = appBuild();
  const server = await serveDirectory(build.dir);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
  try {
    const csvPath = join(work, 'wide.csv');
    const bytes = makeWideCsv(ROWS);
    writeFileSync(csvPath, bytes);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Offline, as the app must be: anything leaving localhost is refused and counted.
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      if (protocol === 'blob:' || protocol === 'data:' || hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    await page.addInitScript(markLoad, { rows: ROWS, columns: COLUMNS });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open file' }).waitFor();
    const watched = await watchTabMemory(browser);
    const heap = await watchJsHeap(page);
    const pickedAt = Date.now();
    await page.getByLabel('Choose a data file').setInputFiles(csvPath);
    await page.waitForFunction(() => !Number.isNaN((window as unknown as { benchLoad: LoadMarks }).benchLoad.profiled), undefined, { polling: 250, timeout: 600_000 });
    // Memory is watched a little past the profile: the page's follow-up work (quality checks, preview, storing the file) counts too.
    await page.waitForTimeout(3000);
    const tab = await watched.stop();
    const jsHeap = await heap.stop();
    const marks = await page.evaluate(() => (window as unknown as { benchLoad: LoadMarks }).benchLoad);
    const seconds = (marks.profiled - marks.picked) / 1000;
    const peak = Math.max(tab.peakSampledBytes, tab.peakHwmBytes);
    const shared = {
      n: ROWS, d: COLUMNS, reference: null, reference_seconds: null, ratio: null, megabytes: round(bytes.length / 1e6),
      load_average: round(loadavg()[0]), requests_outside_localhost: outside.length,
    };
    return [
      {
        task: 'browser load+profile 1M x 20', seconds: round(seconds), ...shared,
        budget: `${TIME_BUDGET_SECONDS} s from the file pick to the profiles on screen`, within_budget: seconds <= TIME_BUDGET_SECONDS,
        // The tab's renderer CPU (main thread and workers): on a shared machine, how much of the wall time was the app's.
        renderer_cpu_seconds: round(tab.cpuSeconds),
        status_changes: marks.phases.map((p) => ({ at_seconds: round(p.at / 1000), status: p.text })),
      },
      {
        task: 'browser tab memory 1M x 20', seconds: round(seconds), ...shared,
        budget: 'tab renderer peak RSS <= 2.5 GiB (2.5 * 1024^3 bytes)', within_budget: peak <= MEMORY_BUDGET_BYTES,
        peak_bytes: peak, peak_gib: round(peak / 1024 ** 3), peak_sampled_rss_bytes: tab.peakSampledBytes,
        peak_at_seconds: round((tab.peakAtMs - pickedAt) / 1000), vm_hwm_bytes: tab.peakHwmBytes,
        idle_rss_bytes: tab.startBytes, rss_samples: tab.samples, main_js_heap_used_peak_bytes: jsHeap.peakUsed,
        main_js_heap_total_peak_bytes: jsHeap.peakTotal, other_renderers_peak_bytes: tab.otherRenderersPeakBytes, gpu_process_peak_bytes: tab.gpuPeakBytes,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
    if (build.built) rmSync(build.dir, { recursive: true, force: true });
  }
}

export const tasks: BenchTask[] = [{ name: 'browser load 1M x 20', run: browserLoad }];
