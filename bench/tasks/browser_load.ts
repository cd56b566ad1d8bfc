// Browser benchmark: the 1M x 20 CSV of the Node load bench opened in the real app (production build, system
// Chromium): seconds from the file pick to the column profiles on screen, and the tab's peak memory (budget 2.5 GiB).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { round, type BenchLine, type BenchTask } from '../harness';
import { serveDirectory } from '../browser/staticServer';
import { watchTabMemory, type TabMemory } from '../browser/tabMemory';
import { makeWideCsv } from './ingest';
import type { QueryTiming } from '../../src/db/queryTimings';

const ROWS = 1_000_000;
const COLUMNS = 20;
const TIME_BUDGET_SECONDS = 4;
/** 2.5 GiB: 2.5 * 1024^3 bytes. */
const MEMORY_BUDGET_BYTES = 2.5 * 1024 ** 3;
const LAUNCH_ARGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

interface LoadMarks { picked: number; profiled: number; phases: { text: string; at: number }[] }
interface Measured { seconds: number; cpuSeconds: number; threadCpuSeconds: { thread: string; seconds: number }[]; marks: LoadMarks; queries: QueryTiming[]; tab: TabMemory; pickedAt: number; settledAt: number; jsHeap: { peakUsed: number; peakTotal: number }; outside: number }

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
  // The app's DuckDB layer notes each query's time in this list when it exists (src/db/queryTimings.ts).
  (window as unknown as { duckdbQueryTimings: QueryTiming[] }).duckdbQueryTimings = [];
  const summary = `${rows.toLocaleString('en')} rows · ${columns} columns`;
  document.addEventListener('change', (event) => {
    if (!(event.target as HTMLElement).matches('input[type=file]')) return;
    Object.assign(marks, { picked: performance.now(), profiled: Number.NaN, phases: [] });
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

/** Waits for a dataset of `rows` rows to be shown; the big file's moment is the one markLoad noted. */
async function shown(page: Page, rows: number): Promise<void> {
  await page.waitForFunction((summary) => document.querySelector('[data-testid="dataset-summary"]')?.textContent?.trim() === summary
    && document.querySelectorAll('.profiles > *').length > 0, `${rows.toLocaleString('en')} rows · ${COLUMNS} columns`, { polling: 250, timeout: 600_000 });
}

/**
 * One load in a fresh page. `warmUpPath` first loads a small file of the same name, so that DuckDB (started on
 * the first load) is running when the big file is picked; the big file then replaces it.
 */
async function measureLoad(browser: Browser, url: string, csvPath: string, warmUpPath?: string): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
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
    await page.goto(url);
    const input = page.getByLabel('Choose a data file');
    await page.getByRole('button', { name: 'Open file' }).waitFor();
    if (warmUpPath) {
      await input.setInputFiles(warmUpPath);
      await shown(page, 2);
    }
    const watched = await watchTabMemory(browser);
    const heap = await watchJsHeap(page);
    const pickedAt = Date.now();
    await input.setInputFiles(csvPath);
    await shown(page, ROWS);
    await page.waitForFunction(() => !Number.isNaN((window as unknown as { benchLoad: LoadMarks }).benchLoad.profiled), undefined, { polling: 250 });
    const cpuSeconds = watched.cpuSoFar();
    const threadCpuSeconds = watched.threadCpuSoFar();
    // Memory is watched past the profile until the tab is idle: its follow-up work (quality checks, preview, storing the file) counts too.
    await watched.settle(120_000);
    const settledAt = Date.now();
    const tab = await watched.stop();
    const jsHeap = await heap.stop();
    const marks = await page.evaluate(() => (window as unknown as { benchLoad: LoadMarks }).benchLoad);
    const queries = await page.evaluate(({ from }) => (window as unknown as { duckdbQueryTimings: QueryTiming[] }).duckdbQueryTimings
      .filter((q) => q.start >= from).map((q) => ({ ...q, start: q.start - from })), { from: marks.picked });
    return { seconds: (marks.profiled - marks.picked) / 1000, cpuSeconds, threadCpuSeconds, marks, queries, tab, pickedAt, settledAt, jsHeap, outside: outside.length };
  } finally {
    await context.close();
  }
}

/** Each load status the page showed, when (seconds from the pick) and the tab's highest RSS while it was shown. */
function statusTimeline({ marks, tab, pickedAt }: Measured): { at_seconds: number; status: string; peak_rss_mb: number }[] {
  return marks.phases.map((phase, i) => {
    const from = pickedAt + phase.at;
    const to = pickedAt + (marks.phases[i + 1]?.at ?? marks.profiled - marks.picked);
    const peak = Math.max(0, ...tab.series.filter(([t]) => t >= from && t <= to).map(([, rss]) => rss));
    return { at_seconds: round(phase.at / 1000), status: phase.text, peak_rss_mb: round(peak / 1e6) };
  });
}

function threadFigures(threads: { thread: string; seconds: number }[]): string[] {
  return threads.slice(0, 8).map((t) => `${t.thread} ${round(t.seconds)}`);
}

/**
 * DuckDB's worker answers one query at a time, so a query's own time is from its answer back to the previous
 * answer or its start, whichever is later (waiting in the queue behind others excluded); the longest ones named.
 */
function querySummary(queries: QueryTiming[]): { seconds: number; count: number; longest: string[] } {
  let previousEnd = Number.NEGATIVE_INFINITY;
  const own = [...queries].sort((a, b) => a.start + a.ms - (b.start + b.ms)).map((q) => {
    const end = q.start + q.ms;
    const ms = end - Math.max(q.start, previousEnd);
    previousEnd = end;
    return { ...q, ms };
  });
  return {
    seconds: round(own.reduce((total, q) => total + q.ms, 0) / 1000), count: own.length,
    longest: own.sort((a, b) => b.ms - a.ms).slice(0, 5)
      .map((q) => `${round(q.ms / 1000)} s at ${round(q.start / 1000)} s, ${q.rows} rows: ${q.sql.replace(/\s+/g, ' ').slice(0, 90)}`),
  };
}

/** DuckDB's part: from the pick to the profiles on screen, and after them until the tab is idle (the follow-up checks). */
function queryFigures({ queries, seconds }: Measured): Record<string, unknown> {
  const until = querySummary(queries.filter((q) => q.start <= seconds * 1000));
  const after = querySummary(queries.filter((q) => q.start > seconds * 1000));
  return {
    duckdb_query_seconds: until.seconds, duckdb_queries: until.count, longest_queries: until.longest,
    duckdb_query_seconds_after_profile: after.seconds, duckdb_queries_after_profile: after.count, longest_queries_after_profile: after.longest,
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
    mkdirSync(join(work, 'warm-up'));
    const warmUpPath = join(work, 'warm-up', 'wide.csv');
    writeFileSync(warmUpPath, makeWideCsv(2));
    const cold = await measureLoad(browser, server.url, csvPath);
    const warm = await measureLoad(browser, server.url, csvPath, warmUpPath);
    const shared = { n: ROWS, d: COLUMNS, reference: null, reference_seconds: null, ratio: null, megabytes: round(bytes.length / 1e6) };
    const timeLine = (task: string, m: Measured): BenchLine => ({
      task, seconds: round(m.seconds), ...shared,
      budget: `${TIME_BUDGET_SECONDS} s from the file pick to the profiles on screen`, within_budget: m.seconds <= TIME_BUDGET_SECONDS,
      // The tab's renderer CPU (main thread and workers) until the profiles were shown: on a shared machine, how much
      // of the wall time was the app's; then per thread until the tab was idle again (follow-up checks included).
      renderer_cpu_seconds: round(m.cpuSeconds), renderer_thread_cpu_seconds: threadFigures(m.threadCpuSeconds), renderer_cpu_seconds_until_idle: round(m.tab.cpuSeconds),
      renderer_thread_cpu_seconds_until_idle: threadFigures(m.tab.threadCpuSeconds), load_average: round(loadavg()[0]), requests_outside_localhost: m.outside,
      status_timeline: statusTimeline(m), ...queryFigures(m),
    });
    const worst = [cold, warm].reduce((a, b) => (Math.max(b.tab.peakSampledBytes, b.tab.peakHwmBytes) > Math.max(a.tab.peakSampledBytes, a.tab.peakHwmBytes) ? b : a));
    const peak = Math.max(worst.tab.peakSampledBytes, worst.tab.peakHwmBytes);
    return [
      timeLine('browser load+profile 1M x 20 (DuckDB starts on the pick)', cold),
      timeLine('browser load+profile 1M x 20 (DuckDB already running)', warm),
      {
        task: 'browser tab memory 1M x 20', seconds: round(worst.seconds), ...shared,
        budget: 'tab renderer peak RSS <= 2.5 GiB (2.5 * 1024^3 bytes)', within_budget: peak <= MEMORY_BUDGET_BYTES,
        peak_bytes: peak, peak_gib: round(peak / 1024 ** 3), peak_sampled_rss_bytes: worst.tab.peakSampledBytes,
        peak_at_seconds: round((worst.tab.peakAtMs - worst.pickedAt) / 1000), idle_again_at_seconds: round((worst.settledAt - worst.pickedAt) / 1000),
        vm_hwm_bytes: worst.tab.peakHwmBytes,
        idle_rss_bytes: worst.tab.startBytes, rss_samples: worst.tab.series.length, main_js_heap_used_peak_bytes: worst.jsHeap.peakUsed,
        main_js_heap_total_peak_bytes: worst.jsHeap.peakTotal, other_renderers_peak_bytes: worst.tab.otherRenderersPeakBytes,
        gpu_process_peak_bytes: worst.tab.gpuPeakBytes, load_average: round(loadavg()[0]),
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
