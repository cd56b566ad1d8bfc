// Watches the memory of the renderer process that runs a page (its main thread and its dedicated workers,
// DuckDB's included, live there): VmRSS sampled every 100 ms from /proc, VmHWM (the kernel's peak) at the end.
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser, CDPSession } from '@playwright/test';

interface ProcessInfo { type: string; id: number; cpuTime: number }

export interface TabMemory {
  /** The renderer that hosts the page's workers (found by its DedicatedWorker threads). */
  pid: number;
  /** VmRSS when the watch started (the app open and idle). */
  startBytes: number;
  /** Highest VmRSS seen by the 100 ms sampler, and the kernel's VmHWM for the process at the end. */
  peakSampledBytes: number;
  peakHwmBytes: number;
  /** When the sampled peak was seen (Date.now()). */
  peakAtMs: number;
  /** Other renderers (browser UI) and the GPU process at their sampled peaks: not the tab, reported beside it. */
  otherRenderersPeakBytes: number;
  gpuPeakBytes: number;
  /** CPU seconds (user + system, all threads) the tab's renderer used while watched. */
  cpuSeconds: number;
  /** The same per thread of the renderer that used any, by thread name (CrRendererMain is the page's main thread). */
  threadCpuSeconds: { thread: string; seconds: number }[];
  /** The tab's VmRSS samples: [Date.now(), bytes]. */
  series: [number, number][];
}

const CLOCK_TICKS_PER_SECOND = 100;

/** Reads a field of /proc/<pid>/status in bytes (the file says kB); 0 once the process is gone. */
function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU seconds of a process (all threads) or of one thread: fields 14 and 15 of its stat, in clock ticks. */
function cpuSeconds(pid: number, tid?: number): number {
  try {
    const stat = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds so far of each thread of a process, keyed by thread id, with the thread's name. */
function threadCpu(pid: number): Map<string, { thread: string; seconds: number }> {
  const threads = new Map<string, { thread: string; seconds: number }>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      threads.set(tid, { thread: readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim(), seconds: cpuSeconds(pid, Number(tid)) });
    }
  } catch {
    // The process is gone: no threads.
  }
  return threads;
}

function hasDedicatedWorker(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).some((tid) => readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('DedicatedWorker'));
  } catch {
    return false;
  }
}

function busiestFirst(threads: { thread: string; seconds: number }[]): { thread: string; seconds: number }[] {
  return threads.filter((t) => t.seconds > 0).sort((a, b) => b.seconds - a.seconds);
}

interface Watched {
  type: string; startBytes: number; peak: number; peakAt: number; startCpu: number; series: [number, number][];
  /** Thread CPU when first seen, and as last sampled (a worker's thread ends with the worker). */
  startThreads: Map<string, { thread: string; seconds: number }>; lastThreads: Map<string, { thread: string; seconds: number }>;
}

/**
 * Starts sampling every renderer and the GPU process (the list refreshed each second); `stop()` picks the tab's
 * renderer, the one running dedicated workers (DuckDB's lives as long as the page), and returns the figures.
 */
export interface TabWatch {
  /** CPU seconds the tab's renderer has used since the watch started. */
  cpuSoFar(): number;
  /** The same per thread (busiest first); a thread that ended since the last 1 s sample is left out. */
  threadCpuSoFar(): { thread: string; seconds: number }[];
  /** Waits until the tab's renderer has used under 0.1 CPU seconds in 2 s, or `limitMs` has passed. */
  settle(limitMs: number): Promise<void>;
  stop(): Promise<TabMemory>;
}

export async function watchTabMemory(browser: Browser): Promise<TabWatch> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const watched = new Map<number, Watched>();
  const refresh = async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: ProcessInfo[] };
    for (const { type, id } of processInfo) {
      if ((type === 'renderer' || type === 'GPU') && !watched.has(id)) {
        const rss = statusBytes(id, 'VmRSS');
        const threads = threadCpu(id);
        watched.set(id, { type, startBytes: rss, peak: rss, peakAt: Date.now(), startCpu: cpuSeconds(id), series: [[Date.now(), rss]], startThreads: threads, lastThreads: new Map(threads) });
      }
    }
  };
  const sample = () => {
    const now = Date.now();
    for (const [pid, w] of watched) {
      const rss = statusBytes(pid, 'VmRSS');
      w.series.push([now, rss]);
      if (rss > w.peak) Object.assign(w, { peak: rss, peakAt: now });
    }
  };
  const sampleThreads = () => {
    for (const [pid, w] of watched) if (w.type === 'renderer') for (const [tid, t] of threadCpu(pid)) w.lastThreads.set(tid, t);
  };
  await refresh();
  const sampler = setInterval(sample, 100);
  const lister = setInterval(() => {
    sampleThreads();
    void refresh();
  }, 1000);
  const tabPid = () => [...watched].filter(([pid, w]) => w.type === 'renderer' && hasDedicatedWorker(pid)).map(([pid]) => pid)[0];
  return {
    cpuSoFar: () => {
      const pid = tabPid();
      return cpuSeconds(pid) - (watched.get(pid)?.startCpu ?? 0);
    },
    threadCpuSoFar: () => {
      const pid = tabPid();
      const start = watched.get(pid)?.startThreads ?? new Map<string, { thread: string; seconds: number }>();
      return busiestFirst([...threadCpu(pid)].map(([tid, t]) => ({ thread: t.thread, seconds: t.seconds - (start.get(tid)?.seconds ?? 0) })));
    },
    settle: async (limitMs) => {
      const end = Date.now() + limitMs;
      for (let pid = tabPid(); Date.now() < end; pid = tabPid()) {
        const before = cpuSeconds(pid);
        await new Promise((done) => setTimeout(done, 2000));
        if (cpuSeconds(pid) - before < 0.1) return;
      }
    },
    stop: async () => {
      clearInterval(sampler);
      clearInterval(lister);
      sample();
      sampleThreads();
      await cdp.detach();
      const renderers = [...watched].filter(([, w]) => w.type === 'renderer');
      const tabs = renderers.filter(([pid]) => hasDedicatedWorker(pid));
      if (tabs.length !== 1) throw new Error(`expected one renderer running the page's workers, found ${tabs.length} among ${renderers.length}`);
      const [[pid, tab]] = tabs;
      const sum = (list: [number, Watched][]) => list.reduce((total, [, w]) => total + w.peak, 0);
      return {
        pid, startBytes: tab.startBytes, peakSampledBytes: tab.peak, peakAtMs: tab.peakAt, peakHwmBytes: statusBytes(pid, 'VmHWM'),
        otherRenderersPeakBytes: sum(renderers.filter(([p]) => p !== pid)), gpuPeakBytes: sum([...watched].filter(([, w]) => w.type === 'GPU')),
        cpuSeconds: cpuSeconds(pid) - tab.startCpu, series: tab.series,
        threadCpuSeconds: busiestFirst([...tab.lastThreads].map(([tid, t]) => ({ thread: t.thread, seconds: t.seconds - (tab.startThreads.get(tid)?.seconds ?? 0) }))),
      };
    },
  };
}
