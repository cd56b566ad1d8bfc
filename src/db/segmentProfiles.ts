// Describes each segment by its size, share and feature means, with z-scores against the whole
// population, computed in SQL (GROUP BY over dataset JOIN segments).
import { sqlIdentifier, sqlString, type Database } from './database';
import { UNASSIGNED_NAME } from './writeSegments';

export interface SegmentProfile {
  /** 1-based id as shown to the user; null for the unassigned rows. */
  segmentId: number | null;
  name: string;
  size: number;
  /** size / number of rows in the dataset. */
  share: number;
  /** Mean of each feature column in its original units (NaN when the segment has no value). */
  means: number[];
  /** (segment mean - population mean) / population standard deviation (ddof 0); 0 for a constant column. */
  zScores: number[];
}

export async function segmentProfiles(db: Database, featureColumns: string[]): Promise<SegmentProfile[]> {
  const value = (c: string) => `CAST(d.${sqlIdentifier(c)} AS DOUBLE)`;
  const populationAggregates = featureColumns.flatMap((c, j) => [`avg(${value(c)}) AS pm_${j}`, `stddev_pop(${value(c)}) AS ps_${j}`]);
  const segmentMeans = featureColumns.map((c, j) => `avg(${value(c)}) AS m_${j}`);
  const population = await db.query(`SELECT count(*)::DOUBLE AS total${populationAggregates.map((a) => `, ${a}`).join('')} FROM dataset AS d`);
  const total = Number(population.getChild('total')?.get(0));
  const populationMean = featureColumns.map((_, j) => toNumber(population.getChild(`pm_${j}`)?.get(0)));
  const populationStd = featureColumns.map((_, j) => toNumber(population.getChild(`ps_${j}`)?.get(0)));

  const grouped = await db.query(`SELECT s.segment_id, coalesce(any_value(s.segment_name), ${sqlString(UNASSIGNED_NAME)}) AS segment_name,
      count(*)::DOUBLE AS size${segmentMeans.map((m) => `, ${m}`).join('')}
    FROM dataset AS d LEFT JOIN segments AS s ON s.row_id = d.row_id
    GROUP BY s.segment_id ORDER BY s.segment_id NULLS LAST`);
  const profiles: SegmentProfile[] = [];
  for (let r = 0; r < grouped.numRows; r++) {
    const id = grouped.getChild('segment_id')?.get(r);
    const size = Number(grouped.getChild('size')?.get(r));
    const means = featureColumns.map((_, j) => toNumber(grouped.getChild(`m_${j}`)?.get(r)));
    const zScores = means.map((m, j) => {
      const sd = populationStd[j];
      if (Number.isNaN(m)) return Number.NaN;
      return sd > 0 ? (m - populationMean[j]) / sd : 0;
    });
    profiles.push({
      segmentId: id === null || id === undefined ? null : Number(id),
      name: String(grouped.getChild('segment_name')?.get(r)),
      size, share: total > 0 ? size / total : 0, means, zScores,
    });
  }
  return profiles;
}

function toNumber(x: unknown): number {
  return x === null || x === undefined ? Number.NaN : Number(x);
}
