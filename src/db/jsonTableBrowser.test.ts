// Tests the JSON worker round trip without a browser: a stand-in Worker runs src/workers/jsonWorker.ts's
// handler in this thread, so the reply's dataset rows (Arrow stream with row_id) and a broken file's error are checked.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { DataLoadError } from './dataLoadError';
import { datasetRowsFromArrow } from './datasetRows';
import { jsonToArrow } from './jsonTable';
import { jsonToRowsInWorker } from './jsonTableBrowser';

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

describe('jsonToRowsInWorker', () => {
  it('gives the same rows, row_id first, as parsing in place, through one worker per file', async () => {
    created = [];
    const text = '{"id": "C1", "spend": 12.5, "tags": ["a"]}\n{"id": "C2", "visits": 3}\n';
    const rows = await jsonToRowsInWorker(encode(text), 'events.ndjson', 'ndjson');
    const parsed = jsonToArrow(encode(text), 'events.ndjson', 'ndjson');
    const local = datasetRowsFromArrow(parsed.table, parsed.headers);
    expect(rows.headers).toEqual(['id', 'spend', 'tags', 'visits']);
    expect(rows.names).toEqual(local.names);
    expect(rows.rowCount).toBe(2);
    const table = tableFromIPC(rows.ipc);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['row_id', 'id', 'spend', 'tags', 'visits']);
    expect(table.toArray().map((row) => row.toJSON())).toEqual(tableFromIPC(local.ipc).toArray().map((row) => row.toJSON()));
    expect(table.toArray().map((row) => [Number(row.row_id), row.id])).toEqual([[0, 'C1'], [1, 'C2']]);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatch(/jsonWorker\.ts$/);
  });

  it('brings back a broken record as a DataLoadError with its file and line', async () => {
    const broken = '[\n  {"id": 1},\n  {"id": 2,, "x": 1}\n]';
    const error = await jsonToRowsInWorker(encode(broken), 'orders.json', 'json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    const { file, line, summary } = error as DataLoadError;
    expect(file).toBe('orders.json');
    expect(line).toBe(3);
    expect(summary).toMatch(/^orders\.json, line 3: This line is not valid JSON/);
  });
});
