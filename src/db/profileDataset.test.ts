// Tests column profiles against figures computed here, independently, from the raw test table:
// missing, distinct, min/mean/max, 20-bin histograms (numpy's rule), top values, feature proposals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from './connectNode';
import type { Database } from './database';
import { ingestCsv, type DatasetInfo } from './ingestCsv';
import { HISTOGRAM_BINS, profileDataset, type ColumnProfile } from './profileDataset';
import { encode, makeTestTable, toCsvBytes } from './testFiles';

const table = makeTestTable(500, 11);
let db: Database;
let info: DatasetInfo;
let profiles: ColumnProfile[];
beforeAll(async () => {
  db = await connectNodeDatabase();
  info = await ingestCsv(db, 'customers.csv', toCsvBytes(table, { delimiter: ';' }));
  profiles = await profileDataset(db, info);
});
afterAll(async () => {
  await db.close();
});

const column = (name: string) => table.rows.map((r) => r[table.header.indexOf(name)]);
const profileOf = (name: string) => profiles.find((p) => p.name === name) as ColumnProfile;

describe('profileDataset', () => {
  it('gives one profile per file column, in order, with kinds', () => {
    expect(profiles.map((p) => p.name)).toEqual(table.header);
    expect(profiles.map((p) => p.kind)).toEqual(['numeric', 'text', 'text', 'numeric', 'numeric', 'numeric', 'text']);
  });

  for (const name of ['id', 'spend', 'visits']) {
    it(`matches missing, distinct, min, mean and max of ${name}`, () => {
      const raw = column(name);
      const values = raw.filter((v) => v !== '').map(Number);
      const p = profileOf(name);
      expect(p.missing).toBe(raw.length - values.length);
      expect(p.distinct).toBe(new Set(values).size);
      expect(p.min).toBe(Math.min(...values));
      expect(p.max).toBe(Math.max(...values));
      expect(p.mean).toBeCloseTo(values.reduce((s, v) => s + v, 0) / values.length, 9);
    });

    it(`bins ${name} into ${HISTOGRAM_BINS} equal-width bins, the last one closed`, () => {
      const values = column(name).filter((v) => v !== '').map(Number);
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
      const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, k) => lo + ((hi - lo) * k) / HISTOGRAM_BINS);
      for (const v of values) {
        // The bin whose [edge_k, edge_k+1) holds v, as numpy.histogram does.
        let k = edges.findIndex((e, i) => i > 0 && v < e) - 1;
        if (k < 0) k = HISTOGRAM_BINS - 1;
        counts[k]++;
      }
      const { histogram } = profileOf(name);
      expect(histogram.counts).toEqual(counts);
      expect(histogram.edges.length).toBe(HISTOGRAM_BINS + 1);
      histogram.edges.forEach((e, k) => expect(e).toBeCloseTo(edges[k], 9));
    });
  }

  it('lists the five most frequent values of a text column', () => {
    const counts = new Map<string, number>();
    for (const city of column('city')) counts.set(city, (counts.get(city) ?? 0) + 1);
    const expected = [...counts].map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, 5);
    expect(profileOf('city').topValues).toEqual(expected);
    expect(profileOf('city').distinct).toBe(counts.size);
  });

  it('proposes measures as features and explains why ids, constants and text are not', () => {
    expect(profileOf('spend').featureSuggestion.proposed).toBe(true);
    expect(profileOf('visits').featureSuggestion.proposed).toBe(true);
    expect(profileOf('id').featureSuggestion).toEqual({ proposed: false, reason: 'identifier: every value is distinct' });
    expect(profileOf('constant').featureSuggestion).toEqual({ proposed: false, reason: 'constant: a single value' });
    expect(profileOf('constant').histogram).toEqual({ edges: [1, 1], counts: [table.rows.length] });
    expect(profileOf('name').featureSuggestion).toEqual({ proposed: false, reason: 'not numeric' });
  });

  it('recognises yes/no flags as boolean and dates with their range', async () => {
    const flags = await ingestCsv(db, 'flags.csv', encode('member,joined\nyes,2021-03-04\nno,\nyes,2019-12-31\n'));
    const [member, joined] = await profileDataset(db, flags);
    expect(member).toMatchObject({ kind: 'boolean', distinct: 2, topValues: [{ value: 'yes', count: 2 }, { value: 'no', count: 1 }] });
    expect(joined).toMatchObject({ kind: 'date', missing: 1, earliest: '2019-12-31', latest: '2021-03-04' });
  });

  it('profiles columns of many distinct values (SQL scans) and of few (value counts) alike: counts, bins, top values', async () => {
    const rows = 25_000;
    // Spread: more distinct values than the value-count path takes; steps: few values, many on the bin edges.
    const spread = Array.from({ length: rows }, (_, i) => ((i * 7919) % 100_003) / 7 - 300);
    const steps = Array.from({ length: rows }, (_, i) => (i % 21) * 0.5);
    // Names: 20,000 different, the first 5,000 twice.
    const names = Array.from({ length: rows }, (_, i) => `N${i % 20_000}`);
    const text = 'spread,steps,name\n' + spread.map((v, i) => `${v},${i % 97 === 0 ? '' : steps[i]},${names[i]}`).join('\n') + '\n';
    const wide = await ingestCsv(db, 'wide.csv', encode(text));
    const [spreadProfile, stepsProfile, nameProfile] = await profileDataset(db, wide);
    const expected = (values: number[]) => {
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, k) => (k === HISTOGRAM_BINS ? hi : lo + k * ((hi - lo) / HISTOGRAM_BINS)));
      const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
      for (const v of values) {
        const k = edges.findIndex((e, i) => i > 0 && v < e) - 1;
        counts[k < 0 ? HISTOGRAM_BINS - 1 : k]++;
      }
      return counts;
    };
    expect(spreadProfile.distinct).toBe(new Set(spread).size);
    expect(stepsProfile.distinct).toBe(21);
    expect(nameProfile.distinct).toBe(20_000);
    const twice = [...new Set(names.slice(0, 5_000))].sort((a, b) => (a < b ? -1 : 1)).slice(0, 5);
    expect(nameProfile.topValues).toEqual(twice.map((value) => ({ value, count: 2 })));
    expect(spreadProfile.histogram.counts).toEqual(expected(spread));
    expect(stepsProfile.histogram.counts).toEqual(expected(steps.filter((_, i) => i % 97 !== 0)));
  });

  it('profiles the columns the scan found ascending without grouping them, with the figures grouping gives', async () => {
    const rows = 3_000;
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const lines = ['id,code,day,price,city,ref'];
    for (let i = 0; i < rows; i++) {
      const code = i % 50 === 7 ? '' : `K${String(i).padStart(5, '0')}`;
      lines.push(`${i + 1},${code},${day(i)},${i + 0.5},${['Paris', 'Lyon'][i % 2]},${i === 10 ? 'NA' : `R${String(i).padStart(5, '0')}`}`);
    }
    // A record of another width (empty fields: no value for the order test), rejected by the read.
    lines.splice(1000, 0, ',,,,');
    const info = await ingestCsv(db, 'ids.csv', encode(lines.join('\n') + '\n'));
    expect(info).toMatchObject({ rowCount: rows, rejectedCount: 1 });
    // Integers, text and dates held as written; not decimals (two texts may be one double: -0.0 and 0.0), nor a
    // column holding a missing token (its text is rewritten), nor repeated words.
    expect(info.columns.map((c) => c.allDistinct === true)).toEqual([true, true, true, false, false, false]);
    const grouped = { ...info, columns: info.columns.map((c) => ({ ...c, allDistinct: undefined })) };
    const profiles = await profileDataset(db, info);
    expect(profiles).toEqual(await profileDataset(db, grouped));
    expect(profiles.slice(0, 3).map((p) => [p.distinct, p.missing])).toEqual([[rows, 0], [rows - 60, 60], [rows, 0]]);
  });

});
