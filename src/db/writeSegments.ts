// Stores a clustering result as table `segments(row_id, segment_id, segment_name)`: 1-based ids as the
// user sees them ("Segment 1"), NULL id and 'Unassigned' for noise. One Arrow insert, not 1M INSERTs.
import { tableFromArrays } from 'apache-arrow';
import { sqlString, type Database } from './database';

export const SEGMENTS_TABLE = 'segments';
export const UNASSIGNED_NAME = 'Unassigned';
const LABELS_STAGING = 'segment_labels_loading';

/**
 * labels[i] is the 0-based segment of the row with row_id i (-1 = unassigned); names[k] names
 * segment k (missing names default to "Segment k+1").
 */
export async function writeSegments(db: Database, labels: Int32Array, names: string[]): Promise<void> {
  const count = await db.query('SELECT count(*)::DOUBLE AS n FROM dataset');
  const rowCount = Number(count.getChild('n')?.get(0));
  if (labels.length !== rowCount) {
    throw new Error(`writeSegments: ${labels.length} labels for a dataset of ${rowCount} rows`);
  }
  const rowIds = new Int32Array(labels.length);
  for (let i = 0; i < rowIds.length; i++) rowIds[i] = i;
  await db.query(`DROP TABLE IF EXISTS ${LABELS_STAGING}`);
  if (labels.length > 0) {
    await db.insertArrowTable(tableFromArrays({ row_id: rowIds, label: labels }), LABELS_STAGING);
  } else {
    await db.query(`CREATE TABLE ${LABELS_STAGING} (row_id INTEGER, label INTEGER)`);
  }
  const nameRows = names.map((name, k) => `(${k}, ${sqlString(name)})`).join(', ');
  const namesTable = names.length > 0
    ? `(VALUES ${nameRows}) AS names(label, name)`
    : '(SELECT NULL::INTEGER AS label, NULL::VARCHAR AS name WHERE false) AS names';
  try {
    await db.query(`DROP TABLE IF EXISTS ${SEGMENTS_TABLE}`);
    await db.query(`CREATE TABLE ${SEGMENTS_TABLE} AS SELECT CAST(l.row_id AS BIGINT) AS row_id,
        CASE WHEN l.label >= 0 THEN CAST(l.label + 1 AS INTEGER) END AS segment_id,
        CASE WHEN l.label >= 0 THEN coalesce(names.name, 'Segment ' || (l.label + 1)) ELSE ${sqlString(UNASSIGNED_NAME)} END AS segment_name
      FROM ${LABELS_STAGING} AS l LEFT JOIN ${namesTable} ON names.label = l.label
      ORDER BY l.row_id`);
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${LABELS_STAGING}`);
  }
}
