// Tests the JSON worker round trip without a browser: a stand-in Worker runs src/workers/jsonWorker.ts's
// handler in this thread, so the reply's Arrow stream and a broken file's line-numbered error are checked.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DataLoadError } from './dataLoadError';
import { jsonToArrow } from './jsonTable';
import { jsonToArrowInWorker } from './jsonTableBrowser';

type Handler = (event: { data: unknown }) => void;
const workerScope: { onmessage: Handler | null; postMessage: (reply: unknown) => void } = { onmessage: null, postMessage: () => undefined };
let created: string[] = [];

/** Runs the worker's handler on a copy of each message, as a structured clone would, and answers asynchronously. */
class InThreadWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  constructor(url: URL | string) {
    created.push(String(url));
  }
  postMessage(message: unknown): void {
    setTimeout(() => {
      workerScope.postMessage = (reply) => this.onmessage?.({ data: structuredClone(reply) });
      workerScope.onmessage?.({ data: structuredClone(message) });
    }, 0);
  }
  terminate(): void {}
}

beforeAll(async () => {
  vi.stubGlobal('self', workerScope);
  vi.stubGlobal('Worker', InThreadWorker);
  await import('../workers/jsonWorker');
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const encode = (text: string) => new TextEncoder().encode(text);

describe('jsonToArrowInWorker', () => {
  it('gives the same columns and values as parsing in place, through one worker per file', async () => {
    created = [];
    const text = '{"id": "C1", "spend": 12.5, "tags": ["a"]}\n{"id": "C2", "visits": 3}\n';
    const { table, headers } = await jsonToArrowInWorker(encode(text), 'events.ndjson', 'ndjson');
    const local = jsonToArrow(encode(text), 'events.ndjson', 'ndjson');
    expect(headers).toEqual(['id', 'spend', 'tags', 'visits']);
    expect(headers).toEqual(local.headers);
    expect(table.numRows).toBe(2);
    expect(table.toArray().map((row) => row.toJSON())).toEqual(local.table.toArray().map((row) => row.toJSON()));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/jsonWorker\.ts$/);
  });

  it('brings back a broken record as a DataLoadError with its file and line', async () => {
    const broken = '[\n  {"id": 1},\n  {"id": 2,, "x": 1}\n]';
    const error = await jsonToArrowInWorker(encode(broken), 'orders.json', 'json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    const { file, line, summary } = error as DataLoadError;
    expect(file).toBe('orders.json');
    expect(line).toBe(3);
    expect(summary).toMatch(/^orders\.json, line 3: This line is not valid JSON/);
  });
});
