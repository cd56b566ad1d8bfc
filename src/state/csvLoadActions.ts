// What the data view can do about the rows of a delimited file that could not be read: list them, and build
// the file of rejected rows to download. Reading a file again lives in readingActions.ts.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { listRejectedRows, rejectedRowsCsv, type RejectedRow } from '../db/rejectedRows';

export { ENCODING_LABELS, type TextEncodingName } from '../db/text/detectEncoding';

export async function fetchRejectedRows(limit: number): Promise<RejectedRow[]> {
  return listRejectedRows(await getDatabase(), limit);
}

export async function buildRejectedRowsFile(): Promise<{ fileName: string; blob: Blob }> {
  const info = useDatasetStore.getState().info;
  const bytes = await rejectedRowsCsv(await getDatabase());
  const base = (info?.fileName ?? 'data').replace(/\.[^.]+$/, '');
  return { fileName: `${base}-rejected-rows.csv`, blob: new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' }) };
}
