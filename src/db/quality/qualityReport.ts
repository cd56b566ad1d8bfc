// The quality report of `dataset`: per-column findings (missing, constant, identifiers, skew, outliers,
// impossible values, personal data) and whole-row duplicates, sorted by severity, in plain words.
import type { Database } from '../database';
import type { QualityDataset } from './qualityDataset';
import type { ColumnProfile } from '../profileDataset';
import { columnFindings } from '../../analysis/quality/columnFindings';
import { countOf, sortBySeverity, type QualityFinding } from '../../analysis/quality/qualityFinding';
import { gatherColumnStats } from './columnStats';
import { scanPersonalData } from './personalDataScan';
import { allColumns } from './rowSelectorSql';

export interface QualityReport {
  rowCount: number;
  findings: QualityFinding[];
}

export async function qualityReport(db: Database, info: QualityDataset, profiles: ColumnProfile[]): Promise<QualityReport> {
  const stats = await gatherColumnStats(db, info, profiles);
  const personal = await scanPersonalData(db, info, profiles);
  for (const s of stats) s.personal = personal.get(s.name);
  const findings = stats.flatMap(columnFindings);
  const duplicates = await exactDuplicateRows(db, info);
  if (duplicates.extraCopies > 0) {
    findings.push({
      id: 'exactDuplicates', check: 'exactDuplicates', severity: 'critical', column: null, count: duplicates.extraCopies,
      rows: { kind: 'exactDuplicates' },
      text: `${countOf(duplicates.extraCopies, 'row')} ${duplicates.extraCopies === 1 ? 'is an exact copy' : 'are exact copies'} of another row (${countOf(duplicates.groups, 'group')})`,
      advice: 'Copies count a customer twice; leave the extra copies out of modelling.',
    });
  }
  return { rowCount: info.rowCount, findings: sortBySeverity(findings, info.rowCount, info.columns.map((c) => c.name)) };
}

/** Rows identical on every column but row_id: the extra copies beyond each group's first, and the groups. */
export async function exactDuplicateRows(db: Database, info: QualityDataset): Promise<{ extraCopies: number; groups: number }> {
  if (info.columns.length === 0) return { extraCopies: 0, groups: 0 };
  const result = await db.query(
    `SELECT coalesce(sum(n - 1), 0)::DOUBLE AS extra, count(*)::DOUBLE AS groups FROM ` +
    `(SELECT count(*) AS n FROM dataset GROUP BY ${allColumns(info.columns)} HAVING count(*) > 1)`,
  );
  return { extraCopies: Number(result.getChild('extra')?.get(0) ?? 0), groups: Number(result.getChild('groups')?.get(0) ?? 0) };
}

/** The row_ids of every exact copy beyond the first of its group, with the row it copies. */
export async function exactDuplicateCopies(db: Database, info: QualityDataset): Promise<Array<{ rowId: number; firstRowId: number }>> {
  if (info.columns.length === 0) return [];
  const result = await db.query(
    `SELECT row_id::DOUBLE AS row_id, (min(row_id) OVER (PARTITION BY ${allColumns(info.columns)}))::DOUBLE AS first_row FROM dataset ` +
    `QUALIFY row_id <> first_row ORDER BY row_id`,
  );
  const ids = result.getChild('row_id')?.toArray() as Float64Array;
  const firsts = result.getChild('first_row')?.toArray() as Float64Array;
  return Array.from({ length: result.numRows }, (_, i) => ({ rowId: ids[i], firstRowId: firsts[i] }));
}
