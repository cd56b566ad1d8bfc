// Stores a clustering result as table `segments(row_id, segment_id, segment_name, sub_segment_id,
// micro_segment_id, segment_probability)`: 1-based ids as the user sees them ("Segment 1"), NULL id and
// 'Unassigned' (or the given noise name) for noise, NULL levels when the run has none; rows the recipe
// left out are 'Unassigned' with their reason in `unassigned_reason`. One Arrow insert.
import { tableFromArrays } from 'apache-arrow';
import { sqlString, type Database } from './database';

export const SEGMENTS_TABLE = 'segments';
export const UNASSIGNED_NAME = 'Unassigned';
/** The name of the rows a density method (DBSCAN, HDBSCAN) leaves out of every segment. */
export const NOISE_NAME = 'Noise';
const LABELS_STAGING = 'segment_labels_loading';

export interface SegmentLevels {
  /** 0-based sub-segment of every row (a tree's finer cut), -1 for none. */
  sub?: Int32Array | null;
  /** 0-based micro-segment of every row (the finest cut), -1 for none. */
  micro?: Int32Array | null;
  /** Probability of the row's segment (Gaussian mixture), in [0, 1]. */
  probability?: Float64Array | null;
  /** Name written for label -1 (default 'Unassigned'). */
  noiseName?: string;
  /** Rows left out of the model by the recipe (their label is -1): named 'Unassigned', with the reason. */
  leftOut?: { rowIds: Int32Array; reasons: string[] } | null;
}

/**
 * labels[i] is the 0-based segment of the row with row_id i (-1 = unassigned); names[k] names
 * segment k (missing names default to "Segment k+1").
 */
export async function writeSegments(db: Database, labels: Int32Array, names: string[], levels: SegmentLevels = {}): Promise<void> {
  const count = await db.query('SELECT count(*)::DOUBLE AS n FROM dataset');
  const rowCount = Number(count.getChild('n')?.get(0));
  if (labels.length !== rowCount) {
    throw new Error(`writeSegments: ${labels.length} labels for a dataset of ${rowCount} rows`);
  }
  for (const [name, values] of [['sub', levels.sub], ['micro', levels.micro], ['probability', levels.probability]] as const) {
    if (values && values.length !== labels.length) throw new Error(`writeSegments: ${values.length} ${name} values for ${labels.length} rows`);
  }
  const rowIds = new Int32Array(labels.length);
  for (let i = 0; i < rowIds.length; i++) rowIds[i] = i;
  // One array may back only one column: Arrow's IPC writer breaks the stream when two columns share a buffer.
  const none = new Int32Array(labels.length).fill(-1);
  // Reasons travel as small codes into a VALUES table: a handful of distinct texts, not one string per row.
  const reasonTexts = [...new Set(levels.leftOut?.reasons ?? [])];
  const reasonCodes = new Int32Array(labels.length).fill(-1);
  levels.leftOut?.rowIds.forEach((rowId, i) => { reasonCodes[rowId] = reasonTexts.indexOf(levels.leftOut?.reasons[i] ?? ''); });
  await db.query(`DROP TABLE IF EXISTS ${LABELS_STAGING}`);
  if (labels.length > 0) {
    await db.insertArrowTable(tableFromArrays({
      row_id: rowIds, label: labels, sub: levels.sub ?? none, micro: levels.micro ?? none.slice(),
      probability: levels.probability ?? new Float64Array(labels.length).fill(Number.NaN), reason: reasonCodes,
    }), LABELS_STAGING);
  } else {
    await db.query(`CREATE TABLE ${LABELS_STAGING} (row_id INTEGER, label INTEGER, sub INTEGER, micro INTEGER, probability DOUBLE, reason INTEGER)`);
  }
  const nameRows = names.map((name, k) => `(${k}, ${sqlString(name)})`).join(', ');
  const namesTable = names.length > 0
    ? `(VALUES ${nameRows}) AS names(label, name)`
    : '(SELECT NULL::INTEGER AS label, NULL::VARCHAR AS name WHERE false) AS names';
  const noiseName = sqlString(levels.noiseName ?? UNASSIGNED_NAME);
  const reasonsTable = reasonTexts.length > 0
    ? `(VALUES ${reasonTexts.map((text, k) => `(${k}, ${sqlString(text)})`).join(', ')}) AS reasons(code, text)`
    : '(SELECT NULL::INTEGER AS code, NULL::VARCHAR AS text WHERE false) AS reasons';
  try {
    await db.query(`DROP TABLE IF EXISTS ${SEGMENTS_TABLE}`);
    await db.query(`CREATE TABLE ${SEGMENTS_TABLE} AS SELECT CAST(l.row_id AS BIGINT) AS row_id,
        CASE WHEN l.label >= 0 THEN CAST(l.label + 1 AS INTEGER) END AS segment_id,
        CASE WHEN l.label >= 0 THEN coalesce(names.name, 'Segment ' || (l.label + 1)) WHEN reasons.text IS NOT NULL THEN ${sqlString(UNASSIGNED_NAME)} ELSE ${noiseName} END AS segment_name,
        CASE WHEN l.label >= 0 AND l.sub >= 0 THEN CAST(l.sub + 1 AS INTEGER) END AS sub_segment_id,
        CASE WHEN l.label >= 0 AND l.micro >= 0 THEN CAST(l.micro + 1 AS INTEGER) END AS micro_segment_id,
        CASE WHEN l.label >= 0 AND NOT isnan(l.probability) THEN l.probability END AS segment_probability,
        CASE WHEN l.label < 0 THEN reasons.text END AS unassigned_reason
      FROM ${LABELS_STAGING} AS l LEFT JOIN ${namesTable} ON names.label = l.label LEFT JOIN ${reasonsTable} ON reasons.code = l.reason
      ORDER BY l.row_id`);
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${LABELS_STAGING}`);
  }
}
