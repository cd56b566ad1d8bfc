// Tests the optional levels of the segments table: sub- and micro-segments, the mixture probability
// and the noise name, written by writeSegments and exported only when a run has them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { exportSegmentsCsv } from './exportSegmentsCsv';
import { ingestCsv } from './ingestCsv';
import { writeSegments, NOISE_NAME } from './writeSegments';
import { encode, parseCsv } from './testFiles';

const rows = 6;
const csv = 'id,spend\n' + Array.from({ length: rows }, (_, i) => `c${i},${i * 10}`).join('\n') + '\n';
let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
  await ingestCsv(db, 'levels.csv', encode(csv));
});
afterAll(async () => {
  await db.close();
});

async function exported(): Promise<string[][]> {
  return parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode((await exportSegmentsCsv(db)).subarray(3)));
}

describe('writeSegments with levels', () => {
  it('stores 1-based sub and micro ids and the probability, and exports them after segment_name', async () => {
    const labels = new Int32Array([0, 0, 1, 1, 1, 0]);
    const sub = new Int32Array([0, 1, 2, 2, 3, 1]);
    const micro = new Int32Array([0, 1, 2, 3, 4, 5]);
    const probability = Float64Array.from({ length: rows }, (_, i) => 0.5 + i / 20);
    await writeSegments(db, labels, ['A', 'B'], { sub, micro, probability });
    const records = await exported();
    expect(records[0]).toEqual(['id', 'spend', 'segment_id', 'segment_name', 'sub_segment_id', 'micro_segment_id', 'segment_probability']);
    records.slice(1).forEach((record, i) => {
      expect(record.slice(0, 6)).toEqual([`c${i}`, String(i * 10), String(labels[i] + 1), ['A', 'B'][labels[i]], String(sub[i] + 1), String(micro[i] + 1)]);
      expect(Number(record[6])).toBeCloseTo(probability[i], 12);
    });
  });

  it('names noise with the given name, leaves its levels empty, and exports only the levels a run has', async () => {
    const labels = new Int32Array([0, -1, 1, -1, 1, 0]);
    const probability = Float64Array.from({ length: rows }, (_, i) => 1 - i / 10);
    await writeSegments(db, labels, ['A', 'B'], { probability, noiseName: NOISE_NAME });
    const records = await exported();
    expect(records[0]).toEqual(['id', 'spend', 'segment_id', 'segment_name', 'segment_probability']);
    records.slice(1).forEach((record, i) => {
      const noise = labels[i] < 0;
      expect(record[2]).toBe(noise ? '' : String(labels[i] + 1));
      expect(record[3]).toBe(noise ? 'Noise' : ['A', 'B'][labels[i]]);
      expect(record[4] === '' ? null : Number(record[4])).toBe(noise ? null : probability[i]);
    });
  });

  it('exports the two plain segment columns when the run has no levels', async () => {
    await writeSegments(db, new Int32Array([0, 1, 0, 1, 0, 1]), ['A', 'B']);
    expect((await exported())[0]).toEqual(['id', 'spend', 'segment_id', 'segment_name']);
  });

  it('refuses a level whose length does not match the labels', async () => {
    await expect(writeSegments(db, new Int32Array(rows), [], { sub: new Int32Array(2) })).rejects.toThrow(/2 sub values for 6 rows/);
  });
});
