// Read-only questions the views ask of DuckDB: preview pages, single rows, segment profiles.
// Views call these through @tanstack/react-query; SQL stays in src/db.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { previewRows } from '../db/previewRows';
import type { DatasetInfo } from '../db/ingestCsv';
import { segmentProfiles, type SegmentProfile } from '../db/segmentProfiles';

export async function fetchPreviewPage(offset: number, limit: number): Promise<string[][]> {
  const info = useDatasetStore.getState().info;
  if (!info) return [];
  return previewRows(await getDatabase(), info, offset, limit);
}

/** The first rows of another loaded file (not the customer table), read from its own table. */
export async function fetchFilePreview(table: string, info: Pick<DatasetInfo, 'columns'>, limit: number): Promise<string[][]> {
  return previewRows(await getDatabase(), info, 0, limit, table);
}

/** One row as column name / display value pairs (for the map's tooltip). */
export async function fetchRowRecord(rowIndex: number): Promise<[string, string][]> {
  const info = useDatasetStore.getState().info;
  if (!info) return [];
  const [row] = await previewRows(await getDatabase(), info, rowIndex, 1);
  return row ? info.columns.map((c, j) => [c.name, row[j] ?? '']) : [];
}

export async function fetchSegmentProfiles(features: string[]): Promise<SegmentProfile[]> {
  return segmentProfiles(await getDatabase(), features);
}
