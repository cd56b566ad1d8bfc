// Benchmark for the quality report: fuzzy duplicates among 50k French names with planted near-duplicates
// (DuckDB-WASM, Node build), with the pairwise precision and recall against the planted pairs.
import { line, timed, type BenchLine, type BenchTask } from '../harness';
import { connectNodeDatabase } from '../../src/db/connectNode';
import { fuzzyDuplicates, type SimilarityMeasure } from '../../src/db/quality/fuzzyDuplicates';
import { makePlantedNames } from '../../src/db/quality/plantedNames';
import { loadPlantedTable } from '../../src/db/quality/qualityTestTable';
import { scoreGroups } from '../../src/analysis/quality/duplicateGroups';

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

export const tasks: BenchTask[] = [{ name: 'quality fuzzy duplicates', run: fuzzyLines }];
