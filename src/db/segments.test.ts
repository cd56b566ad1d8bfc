// Tests the steps after profiling on one loaded table: the feature matrix (extractFeatures), storing a
// clustering (writeSegments), describing it (segmentProfiles) and exporting it (exportSegmentsCsv).
// One file so that DuckDB-WASM is instantiated once; expected figures are computed here from the raw table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { exportSegmentsCsv } from './exportSegmentsCsv';
import { extractFeatures } from './extractFeatures';
import { ingestCsv } from './ingestCsv';
import { segmentProfiles } from './segmentProfiles';
import { writeSegments } from './writeSegments';
import { encode, makeTestTable, parseCsv, toCsvBytes } from './testFiles';

// More rows than one DuckDB vector (2048), so results span several Arrow chunks.
const table = makeTestTable(2500, 5);
const at = (name: string) => table.header.indexOf(name);
/** Deterministic labels: three segments by city plus noise every 17th row. */
const labels = Int32Array.from(table.rows, (row, i) => (i % 17 === 0 ? -1 : ['Paris', 'Lyon'].indexOf(row[at('city')]) + 1));
const names = ['Others', 'Parisians', 'Lyonnais'];
let db: Database;
beforeAll(async () => {
  db = await connectNodeDatabase();
  await ingestCsv(db, 'customers.csv', toCsvBytes(table, { delimiter: ';' }));
});
afterAll(async () => {
  await db.close();
});

describe('extractFeatures', () => {
  it('returns the chosen columns row-major in file order, NaN for missing values', async () => {
    const columns = ['visits', 'spend', 'id'];
    const X = await extractFeatures(db, columns);
    expect([X.rows, X.cols]).toEqual([table.rows.length, 3]);
    const expected = new Float64Array(table.rows.length * 3);
    let missing = 0;
    table.rows.forEach((raw, i) => columns.forEach((name, j) => {
      const cell = raw[at(name)];
      if (cell === '') missing++;
      expected[i * 3 + j] = cell === '' ? Number.NaN : Number(cell);
    }));
    // toEqual treats NaN as equal to NaN, so missing values must be NaN at the same places.
    expect(X.data).toEqual(expected);
    expect(missing).toBeGreaterThan(0);
  });

  it('gives an empty matrix with the right shape for no columns', async () => {
    const X = await extractFeatures(db, []);
    expect([X.rows, X.cols, X.data.length]).toEqual([table.rows.length, 0, 0]);
  });
});

describe('writeSegments', () => {
  it('writes one row per dataset row: id = label + 1, NULL and Unassigned for -1', async () => {
    await writeSegments(db, labels, names);
    const result = await db.query('SELECT segment_id, segment_name FROM segments ORDER BY row_id');
    expect(result.numRows).toBe(labels.length);
    const ids = result.getChild('segment_id');
    const segmentNames = result.getChild('segment_name')?.toArray() as string[];
    labels.forEach((label, i) => {
      expect(ids?.get(i)).toBe(label < 0 ? null : label + 1);
      expect(segmentNames[i]).toBe(label < 0 ? 'Unassigned' : names[label]);
    });
  });

  it('refuses labels that do not match the dataset rows', async () => {
    await expect(writeSegments(db, new Int32Array(3), names)).rejects.toThrow(/3 labels for a dataset of 2500 rows/);
  });
});

describe('segmentProfiles', () => {
  it('matches sizes, shares, means and z-scores computed from the raw values', async () => {
    const features = ['spend', 'visits'];
    const profiles = await segmentProfiles(db, features);
    const columnValues = features.map((f) => table.rows.map((r) => r[at(f)]));
    const stats = (values: string[]) => {
      const xs = values.filter((v) => v !== '').map(Number);
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      const std = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
      return { mean, std };
    };
    const population = columnValues.map(stats);
    const groups: Array<number | null> = [1, 2, 3, null];
    expect(profiles.map((p) => p.segmentId)).toEqual(groups);
    expect(profiles.map((p) => p.name)).toEqual([...names, 'Unassigned']);
    profiles.forEach((profile, g) => {
      const members = [...labels.keys()].filter((i) => (groups[g] === null ? labels[i] < 0 : labels[i] + 1 === groups[g]));
      expect(profile.size).toBe(members.length);
      expect(profile.share).toBeCloseTo(members.length / labels.length, 12);
      features.forEach((_, j) => {
        const { mean } = stats(members.map((i) => columnValues[j][i]));
        expect(profile.means[j]).toBeCloseTo(mean, 9);
        expect(profile.zScores[j]).toBeCloseTo((mean - population[j].mean) / population[j].std, 9);
      });
    });
  });
});

/** What a cell must become: formula-like text gets a leading quote unless it is a plain number. */
function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

describe('exportSegmentsCsv', () => {
  let bytes: Uint8Array;
  let records: string[][];
  beforeAll(async () => {
    await writeSegments(db, labels, names);
    bytes = await exportSegmentsCsv(db);
    records = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)));
  });

  it('starts with a UTF-8 BOM and the original header plus the segment columns', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(records[0]).toEqual([...table.header, 'segment_id', 'segment_name']);
  });

  it('writes every row in file order with its segment', () => {
    expect(records.length).toBe(table.rows.length + 1);
    records.slice(1).forEach((record, i) => {
      expect(record[0]).toBe(table.rows[i][0]);
      expect(record[7]).toBe(labels[i] < 0 ? '' : String(labels[i] + 1));
      expect(record[8]).toBe(labels[i] < 0 ? 'Unassigned' : names[labels[i]]);
    });
  });

  it('neutralises formula-like text, leaves numbers and number-like text alone, and round-trips the rest', () => {
    const notes = new Set<string>();
    records.slice(1).forEach((record, i) => {
      const raw = table.rows[i];
      expect(record[1]).toBe(neutralised(raw[1]));
      expect(record[2]).toBe(raw[2]);
      expect(record[3] === '' ? '' : Number(record[3])).toBe(raw[3] === '' ? '' : Number(raw[3]));
      expect(record[4]).toBe(raw[4]);
      expect(record[5]).toBe(raw[5]);
      expect(record[6]).toBe(neutralised(raw[6]));
      notes.add(record[6]);
    });
    // The test table holds each awkward case, so each is checked above.
    const expectedNotes = ["'+33 6 12 34 56", "'- dash", "'=SUM(A1:A9)", "'@home", "'\tindent", '', '-3.5', '-5', 'plain note'];
    expect([...notes].sort()).toEqual(expectedNotes.sort());
  });

  it('keeps duplicate header names and the name of a renamed row_id column, and a numeric -5', async () => {
    await ingestCsv(db, 'dup.csv', encode('row_id,a,a,amount\n7,=1+1,x,-5\n8,ok,y,3\n'));
    await writeSegments(db, new Int32Array([1, -1]), ['A', 'B']);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exportSegmentsCsv(db));
    expect(text).toBe("\uFEFFrow_id,a,a,amount,segment_id,segment_name\n7,'=1+1,x,-5,2,B\n8,ok,y,3,,Unassigned\n");
  });
});

describe('extractFeatures on a table not stored in row_id order', () => {
  it('falls back to a sorted read', async () => {
    await db.query('DROP TABLE IF EXISTS dataset; CREATE TABLE dataset AS SELECT * FROM (VALUES (2, 30.5), (0, NULL), (1, 10.0)) AS t(row_id, x)');
    const X = await extractFeatures(db, ['x']);
    expect(X.data).toEqual(new Float64Array([Number.NaN, 10, 30.5]));
  });
});
