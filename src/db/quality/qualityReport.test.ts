// Tests the quality report on a table with planted problems: every count is recomputed here from the
// raw cells (quartiles, MAD, skewness, duplicates), then compared with the findings and the rows shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNodeDatabase } from '../connectNode';
import type { Database } from '../database';
import type { DatasetInfo } from '../ingestCsv';
import { profileDataset, type ColumnProfile } from '../profileDataset';
import type { QualityFinding } from '../../analysis/quality/qualityFinding';
import { qualityReport, exactDuplicateCopies, type QualityReport } from './qualityReport';
import { qualityRows } from './qualityRows';
import { scanPersonalData } from './personalDataScan';
import { excludeRows, includeRows, listExcludedRows, clearExcludedRows } from './excludedRows';
import { loadPlantedTable, makePlantedTable } from './qualityTestTable';
import type { QualityDataset } from './qualityDataset';

const table = makePlantedTable();
let db: Database;
let info: QualityDataset;
let profiles: ColumnProfile[];
let report: QualityReport;
beforeAll(async () => {
  db = await connectNodeDatabase();
  info = await loadPlantedTable(db, table);
  profiles = await profileDataset(db, info as DatasetInfo);
  report = await qualityReport(db, info, profiles);
});
afterAll(async () => {
  await db.close();
});

const cells = (name: string) => table.rows.map((r) => r[table.header.indexOf(name)]);
const numbers = (name: string) => cells(name).filter((v): v is string => v !== null).map(Number);
const rowsWhere = (name: string, test: (v: string) => boolean) =>
  cells(name).flatMap((v, i) => (v !== null && test(v) ? [i] : []));
const finding = (id: string) => report.findings.find((f) => f.id === id);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
/** numpy's default (linear) quantile, as DuckDB's quantile_cont. */
function quantile(xs: number[], q: number): number {
  const s = sorted(xs);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}

async function shownRowIds(f: QualityFinding | undefined): Promise<number[]> {
  if (!f?.rows) throw new Error(`no rows for ${f?.id}`);
  const shown = await qualityRows(db, info, f.rows, 1000);
  expect(shown.total).toBe(shown.rows.length);
  return sorted(shown.rows.map((r) => r.rowId));
}

describe('qualityReport: per column', () => {
  it('flags columns with more than 2 % missing, with the count and share in words', () => {
    for (const name of table.header) {
      const missing = cells(name).filter((v) => v === null).length;
      const f = finding(`missing:${name}`);
      if (missing / table.rows.length > 0.02) {
        expect(f?.count).toBe(missing);
        expect(f?.text).toBe(`${name}: ${missing} values missing (${((100 * missing) / table.rows.length).toFixed(1)} %)`);
      } else {
        expect(f).toBeUndefined();
      }
    }
    expect(finding('missing:age')).toBeDefined();
  });

  it('finds impossible ages, negative amounts and impossible dates, and shows exactly those rows', async () => {
    const ages = rowsWhere('age', (v) => Number(v) < 0 || Number(v) > 120);
    expect(finding('impossible:age')?.count).toBe(ages.length);
    expect(finding('impossible:age')?.text).toBe(`age: ${ages.length} impossible values (below 0 or above 120)`);
    expect(await shownRowIds(finding('impossible:age'))).toEqual(ages);

    const negative = rowsWhere('total_spend', (v) => Number(v) < 0);
    expect(finding('impossible:total_spend')?.count).toBe(negative.length);
    expect(await shownRowIds(finding('impossible:total_spend'))).toEqual(negative);

    const today = new Date().toISOString().slice(0, 10);
    const dates = rowsWhere('signup_date', (v) => v < '1900-01-01' || v > today);
    expect(finding('impossible:signup_date')?.count).toBe(dates.length);
    expect(await shownRowIds(finding('impossible:signup_date'))).toEqual(dates);
  });

  for (const name of ['age', 'total_spend']) {
    it(`counts ${name} outliers by Tukey's fences and by robust z-score`, async () => {
      const xs = numbers(name);
      const q1 = quantile(xs, 0.25);
      const q3 = quantile(xs, 0.75);
      const iqr = rowsWhere(name, (v) => Number(v) < q1 - 1.5 * (q3 - q1) || Number(v) > q3 + 1.5 * (q3 - q1));
      const median = quantile(xs, 0.5);
      const mad = quantile(xs.map((x) => Math.abs(x - median)), 0.5);
      const robust = rowsWhere(name, (v) => Math.abs((0.6745 * (Number(v) - median)) / mad) > 3.5);
      expect(iqr.length).toBeGreaterThan(0);
      expect(finding(`outliersIqr:${name}`)?.count).toBe(iqr.length);
      expect(await shownRowIds(finding(`outliersIqr:${name}`))).toEqual(iqr);
      if (robust.length > 0) expect(await shownRowIds(finding(`outliersRobustZ:${name}`))).toEqual(robust);
      else expect(finding(`outliersRobustZ:${name}`)).toBeUndefined();
    });
  }

  it('calls a large sample skewness a long right tail', () => {
    const xs = numbers('total_spend');
    const n = xs.length;
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const m2 = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n;
    const m3 = xs.reduce((a, x) => a + (x - mean) ** 3, 0) / n;
    const skew = (Math.sqrt(n * (n - 1)) / (n - 2)) * (m3 / m2 ** 1.5);
    expect(skew).toBeGreaterThan(1);
    const f = finding('skew:total_spend');
    expect(f?.text).toMatch(/^total_spend: long right tail \(skewness ([\d.]+)\)$/);
    expect(Number(f?.text.match(/skewness ([\d.]+)/)?.[1])).toBeCloseTo(skew, 1);
  });

  it('finds constant and near-constant columns and high-cardinality categories', () => {
    expect(finding('constant:source')?.text).toBe('source: the same value (“crm”) in every filled row');
    const fr = cells('country').filter((v) => v === 'FR').length;
    expect(fr / table.rows.length).toBeGreaterThanOrEqual(0.95);
    expect(finding('nearConstant:country')?.count).toBe(fr);
    const cities = new Set(cells('city')).size;
    expect(finding('highCardinality:city')?.text).toBe(`city: ${cities} different values, too many categories to encode one by one`);
    expect(finding('nearConstant:city')).toBeUndefined();
  });

  it('sees the identifier column and counts the rows that reuse an identifier', async () => {
    expect(finding('identifier:customer_id')).toBeDefined();
    const ids = cells('customer_id') as string[];
    const uses = new Map<string, number>();
    for (const id of ids) uses.set(id, (uses.get(id) ?? 0) + 1);
    const repeated = [...uses].filter(([, n]) => n > 1);
    const rows = ids.flatMap((id, i) => ((uses.get(id) ?? 0) > 1 ? [i] : []));
    const f = finding('duplicateIds:customer_id');
    expect(f?.text).toBe(`customer_id: ${repeated.length} identifiers used more than once (${rows.length} rows)`);
    expect(await shownRowIds(f)).toEqual(rows);
  });

  it('flags personal data by values (e-mail, phone, IBAN) and by name, and nothing else', async () => {
    const personal = await scanPersonalData(db, info, profiles);
    expect(Object.fromEntries([...personal].map(([name, p]) => [name, [p.kind, p.byName]]))).toEqual({
      full_name: ['person name', true],
      email: ['e-mail', false],
      phone: ['phone number', false],
      bank: ['IBAN', false],
    });
    const emails = cells('email').filter((v) => v !== null).length;
    expect(personal.get('email')?.matches).toBe(emails);
    expect(personal.get('phone')?.matches).toBe(table.rows.length);
    expect(finding('personalData:email')?.text).toBe(`email: personal data (e-mail) in ${emails} values (100.0 %)`);
    // The load path decides from the first rows only.
    const sampled = await scanPersonalData(db, info, profiles, 100);
    expect([...sampled.keys()].sort()).toEqual([...personal.keys()].sort());
    expect(sampled.get('email')?.matches).toBe(cells('email').slice(0, 100).filter((v) => v !== null).length);
  });
});

describe('qualityReport: whole rows', () => {
  it('counts exact copies and lists every row of each duplicate group', async () => {
    const firstOf = new Map<string, number>();
    const copies: Array<{ rowId: number; firstRowId: number }> = [];
    table.rows.forEach((row, i) => {
      const key = JSON.stringify(row);
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, i); else copies.push({ rowId: i, firstRowId: first });
    });
    const inGroups = sorted(table.rows.flatMap((row, i) =>
      table.rows.some((other, j) => j !== i && JSON.stringify(other) === JSON.stringify(row)) ? [i] : []));
    const groups = new Set(copies.map((c) => c.firstRowId)).size;
    const f = finding('exactDuplicates');
    expect(f?.text).toBe(`${copies.length} rows are exact copies of another row (${groups} groups)`);
    expect(await shownRowIds(f)).toEqual(inGroups);
    expect(await exactDuplicateCopies(db, info)).toEqual(copies);
  });

  it('sorts findings critical first, then warnings, then information', () => {
    const rank = { critical: 0, warning: 1, info: 2 };
    const ranks = report.findings.map((f) => rank[f.severity]);
    expect(ranks).toEqual(sorted(ranks));
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
  });

  it('keeps excluded rows with their reason, brings them back, and clears them for a new file', async () => {
    await clearExcludedRows(db);
    await excludeRows(db, [{ rowId: 401, reason: 'exact copy of row 4' }, { rowId: 7, reason: 'fuzzy duplicate of row 2' }]);
    await excludeRows(db, [{ rowId: 7, reason: 'exact copy of row 1' }]);
    expect(await listExcludedRows(db)).toEqual([{ rowId: 7, reason: 'exact copy of row 1' }, { rowId: 401, reason: 'exact copy of row 4' }]);
    await includeRows(db, [401]);
    expect(await listExcludedRows(db)).toEqual([{ rowId: 7, reason: 'exact copy of row 1' }]);
    // Releasing fuzzy duplicates leaves rows excluded for another reason alone; keepExisting keeps a reason.
    await includeRows(db, [7], 'fuzzy duplicate');
    await excludeRows(db, [{ rowId: 7, reason: 'fuzzy duplicate of row 2' }, { rowId: 9, reason: 'fuzzy duplicate of row 2' }], true);
    expect(await listExcludedRows(db)).toEqual([{ rowId: 7, reason: 'exact copy of row 1' }, { rowId: 9, reason: 'fuzzy duplicate of row 2' }]);
    await includeRows(db, [7, 9], 'fuzzy duplicate');
    expect(await listExcludedRows(db)).toEqual([{ rowId: 7, reason: 'exact copy of row 1' }]);
    await clearExcludedRows(db);
    expect(await listExcludedRows(db)).toEqual([]);
  });
});
