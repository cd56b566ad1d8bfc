// Benchmarks for the quality report (DuckDB-WASM, Node build): fuzzy duplicates among 50k French names with
// planted near-duplicates (precision and recall against the planted pairs), and the whole report on 1M rows.
import { line, timed, type BenchLine, type BenchTask } from '../harness';
import { connectNodeDatabase } from '../../src/db/connectNode';
import { fuzzyDuplicates, type SimilarityMeasure } from '../../src/db/quality/fuzzyDuplicates';
import { makePlantedNames } from '../../src/db/quality/plantedNames';
import { loadPlantedTable } from '../../src/db/quality/qualityTestTable';
import { scoreGroups } from '../../src/analysis/quality/duplicateGroups';
import type { DatasetInfo } from '../../src/db/ingestCsv';
import { profileDataset } from '../../src/db/profileDataset';
import { qualityReport } from '../../src/db/quality/qualityReport';

const NAMES = 50_000;
const BUDGET_SECONDS = 10;

async function fuzzyLines(): Promise<BenchLine[]> {
  const planted = makePlantedNames(NAMES);
  const db = await connectNodeDatabase();
  try {
    await loadPlantedTable(db, { header: ['full_name'], types: ['VARCHAR'], rows: planted.names.map((n) => [n]) });
    const out: BenchLine[] = [];
    // The default (Levenshtein at 0.85), a stricter threshold, and Jaro-Winkler at the same threshold.
    const settings: Array<{ measure: SimilarityMeasure; threshold: number }> = [
      { measure: 'levenshtein', threshold: 0.85 }, { measure: 'levenshtein', threshold: 0.9 }, { measure: 'jaro_winkler', threshold: 0.85 },
    ];
    for (const { measure, threshold } of settings) {
      const cpu = process.cpuUsage();
      const { seconds, value } = await timed(() => fuzzyDuplicates(db, ['full_name'], { measure, threshold }));
      const used = process.cpuUsage(cpu);
      const score = scoreGroups(value.groups.map((g) => g.rows.map((r) => r.rowId)), planted.pairs);
      out.push(line(`quality fuzzy duplicates (${measure} >= ${threshold})`, { rows: NAMES, cols: 1 }, seconds, null, undefined, {
        // CPU time beside wall time: on a shared machine the wall clock also counts other people's work.
        cpu_seconds: Math.round((used.user + used.system) / 1e3) / 1e3,
        budget: `${BUDGET_SECONDS} s`, within_budget: seconds <= BUDGET_SECONDS,
        precision: Math.round(score.precision * 1e4) / 1e4, recall: Math.round(score.recall * 1e4) / 1e4,
        planted_pairs: score.truePairs, found_pairs: score.foundPairs, groups: value.groups.length,
        comparisons: value.comparisons, all_pairs: (NAMES * (NAMES - 1)) / 2,
      }));
    }
    return out;
  } finally {
    await db.close();
  }
}

const REPORT_ROWS = 1_000_000;

/** A customer table made in SQL (seeded): gaps, impossible ages, a skewed spend, e-mails, dates. */
const CUSTOMERS_SQL = `SELECT setseed(0.42); CREATE TABLE dataset AS SELECT range AS row_id,
  'C' || lpad(CAST(range AS VARCHAR), 7, '0') AS customer_id,
  CASE WHEN random() < 0.03 THEN NULL WHEN random() < 0.0005 THEN 130 ELSE 18 + CAST(floor(random() * 70) AS BIGINT) END AS age,
  round(exp(3 + 1.5 * sqrt(-2 * ln(random() + 1e-12)) * cos(6.283185 * random())), 2) AS total_spend_eur,
  CAST(floor(random() * 40) AS BIGINT) AS orders_12m,
  CASE WHEN random() < 0.04 THEN NULL ELSE round(random(), 2) END AS email_open_rate,
  'client' || CAST(range AS VARCHAR) || '@exemple.fr' AS email,
  ['Paris', 'Lyon', 'Nantes', 'Lille', 'Rennes', 'Nice'][1 + CAST(floor(random() * 6) AS INTEGER)] AS city,
  DATE '2015-01-01' + CAST(floor(random() * 3800) AS INTEGER) AS signup_date,
  CASE WHEN random() < 0.97 THEN 'FR' ELSE 'BE' END AS country
  FROM range(${REPORT_ROWS})`;

async function reportLines(): Promise<BenchLine[]> {
  const db = await connectNodeDatabase();
  try {
    await db.query(CUSTOMERS_SQL);
    const types = await db.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'dataset' AND column_name <> 'row_id' ORDER BY ordinal_position`);
    const names = types.getChild('column_name')?.toArray() as string[];
    const sqlTypes = types.getChild('data_type')?.toArray() as string[];
    const info = { rowCount: REPORT_ROWS, columns: names.map((name, j) => ({ name, sqlType: sqlTypes[j], header: name })) };
    const profiles = await profileDataset(db, info as DatasetInfo);
    const cpu = process.cpuUsage();
    const { seconds, value } = await timed(() => qualityReport(db, info, profiles));
    const used = process.cpuUsage(cpu);
    return [line('quality report (all checks, exact duplicates, personal data)', { rows: REPORT_ROWS, cols: names.length }, seconds, null, undefined, {
      cpu_seconds: Math.round((used.user + used.system) / 1e3) / 1e3, findings: value.findings.length,
    })];
  } finally {
    await db.close();
  }
}

export const tasks: BenchTask[] = [
  { name: 'quality fuzzy duplicates', run: fuzzyLines },
  { name: 'quality report 1M', run: reportLines },
];
