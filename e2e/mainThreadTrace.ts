// Reads a Chromium trace of the page: the CPU time of every task on the page's main thread and, when the
// V8 sampler was on, the functions that took the time in the long ones. Wall-clock durations grow with load.
import type { Browser, Page } from '@playwright/test';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; parent?: number }
interface TraceEvent {
  name: string; ph: string; pid: number; tid: number; ts: number; id?: string; dur?: number; tdur?: number;
  args?: { name?: string; data?: { message?: string; startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}
export interface Trace { traceEvents: TraceEvent[] }

export interface MainThreadTask {
  /** Start in ms since the first main-thread task of the trace. */
  startMs: number;
  cpuMs: number;
  wallMs: number;
  /** With the sampler on: the functions seen most in the task's samples, with the ms they account for. */
  causes: string[];
}

const TIMELINE = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** With V8's samples, only the scheduler's own task events: a minute of a busy page otherwise outgrows a string. */
const SAMPLED = ['toplevel', 'disabled-by-default-v8.cpu_profiler'];

/** Starts a trace of the page; `sampleJs` also records V8's CPU samples (which code took the time). */
export async function startTrace(browser: Browser, page: Page, options: { sampleJs?: boolean } = {}): Promise<void> {
  await browser.startTracing(page, { categories: options.sampleJs ? SAMPLED : TIMELINE });
}

export async function stopTrace(browser: Browser): Promise<Trace> {
  return JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace;
}

const mainThreadsOf = (events: TraceEvent[]) =>
  new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));

/** The main thread's task events, and the start of the first one (the origin of every ms figure here). */
function mainTaskEvents(events: TraceEvent[], mainThreads: Set<string>): { tasks: TraceEvent[]; origin: number } {
  const onMain = (name: string) => events.filter((e) => e.ph === 'X' && e.name === name && mainThreads.has(`${e.pid}:${e.tid}`));
  // DevTools' own task events when its categories were traced, else the scheduler's (the same tasks).
  const devtoolsTasks = onMain('RunTask');
  const tasks = devtoolsTasks.length > 0 ? devtoolsTasks : onMain('ThreadControllerImpl::RunTask');
  return { tasks, origin: tasks.reduce((first, t) => Math.min(first, t.ts), Infinity) };
}

/** Every task of the page's main thread (the renderer's CrRendererMain), with its CPU time. */
export function mainThreadTasks(trace: Trace): MainThreadTask[] {
  const events = trace.traceEvents;
  const mainThreads = mainThreadsOf(events);
  const { tasks, origin } = mainTaskEvents(events, mainThreads);
  const samples = jsSamples(events, mainThreads);
  return tasks.map((t) => ({
    startMs: Math.round((t.ts - origin) / 1000),
    cpuMs: Math.round((t.tdur ?? 0) / 1000),
    wallMs: Math.round((t.dur ?? 0) / 1000),
    causes: samples.length > 0 ? causesWithin(samples, t.ts, t.ts + (t.dur ?? 0)) : [],
  }));
}

/**
 * When the page called `console.timeStamp(label)`, in ms on mainThreadTasks' clock (timeline categories
 * only): the way a test marks a span of its own, such as a worker's run, on the trace.
 */
export function timeStampsMs(trace: Trace, label: string): number[] {
  const events = trace.traceEvents;
  const { origin } = mainTaskEvents(events, mainThreadsOf(events));
  return events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === label)
    .map((e) => Math.round((e.ts - origin) / 1000));
}

/** The tasks of `tasks` that overlap [fromMs, toMs] and took over `limitMs` of CPU, longest first. */
export function tasksOverWithin(tasks: MainThreadTask[], limitMs: number, fromMs: number, toMs: number): MainThreadTask[] {
  return tasksOver(tasks.filter((t) => t.startMs + t.wallMs >= fromMs && t.startMs <= toMs), limitMs);
}

/** The tasks over `limitMs` of CPU, longest first. */
export function tasksOver(tasks: MainThreadTask[], limitMs: number): MainThreadTask[] {
  return tasks.filter((t) => t.cpuMs > limitMs).sort((a, b) => b.cpuMs - a.cpuMs);
}

interface Sample { ts: number; ms: number; stack: string[] }

/** V8's samples on the main threads: each with its time, its weight and its stack of named functions. */
function jsSamples(events: TraceEvent[], mainThreads: Set<string>): Sample[] {
  const profiles = new Map<string, { start: number; nodes: Map<number, ProfileNode>; chunks: TraceEvent[] }>();
  for (const e of events) {
    if (e.name === 'Profile' && mainThreads.has(`${e.pid}:${e.tid}`) && e.id) {
      profiles.set(e.id, { start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), chunks: [] });
    }
  }
  for (const e of events) if (e.name === 'ProfileChunk' && e.id && profiles.has(e.id)) profiles.get(e.id)?.chunks.push(e);
  const samples: Sample[] = [];
  for (const profile of profiles.values()) {
    let ts = profile.start;
    for (const chunk of profile.chunks) {
      for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const ids = chunk.args?.data?.cpuProfile?.samples ?? [];
      const deltas = chunk.args?.data?.timeDeltas ?? [];
      ids.forEach((id, i) => {
        ts += deltas[i] ?? 0;
        samples.push({ ts, ms: (deltas[i + 1] ?? deltas[i] ?? 0) / 1000, stack: stackOf(profile.nodes, id) });
      });
    }
  }
  return samples;
}

function stackOf(nodes: Map<number, ProfileNode>, leaf: number): string[] {
  const stack: string[] = [];
  for (let node = nodes.get(leaf); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    stack.push(url ? `${name} ${url.replace(/^.*\//, '')}:${lineNumber + 1}` : name);
  }
  return stack;
}

/** The functions whose samples (self or below) take the most time inside [from, to]. */
function causesWithin(samples: Sample[], from: number, to: number): string[] {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const s of samples) {
    if (s.ts < from || s.ts > to) continue;
    const leaf = s.stack[0] ?? '(idle)';
    self.set(leaf, (self.get(leaf) ?? 0) + s.ms);
    for (const frame of new Set(s.stack)) total.set(frame, (total.get(frame) ?? 0) + s.ms);
  }
  const top = (m: Map<string, number>, n: number, tag: string) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([name, ms]) => `${tag} ${Math.round(ms)} ms ${name}`);
  return [...top(self, 6, 'self'), ...top(total, 14, 'total')];
}
