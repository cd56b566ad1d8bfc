// What the data view can do about the rows of a delimited file that could not be read: list them, and build
// the file of rejected rows to download. Reading a file again lives in readingActions.ts.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { useFileStore } from './fileStore';
import { listRejectedRows, rejectedRowsCsv, REJECTS_TABLE, type RejectedRow } from '../db/rejectedRows';
import { parkedName } from '../db/fileTables';

export { ENCODING_LABELS, type TextEncodingName } from '../db/text/detectEncoding';

/** The customer table's rejected rows, or those of another file (by its own table, see fileStore). */
export async function fetchRejectedRows(limit: number, fileTable?: string): Promise<RejectedRow[]> {
  return listRejectedRows(await getDatabase(), limit, rejectsOf(fileTable));
}

export async function buildRejectedRowsFile(fileTable?: string): Promise<{ fileName: string; blob: Blob }> {
  const fileName = fileTable === undefined
    ? useDatasetStore.getState().info?.fileName
    : useFileStore.getState().files.find((f) => f.table === fileTable)?.info.fileName;
  const bytes = await rejectedRowsCsv(await getDatabase(), rejectsOf(fileTable));
  const base = (fileName ?? 'data').replace(/\.[^.]+$/, '');
  return { fileName: `${base}-rejected-rows.csv`, blob: new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' }) };
}

function rejectsOf(fileTable: string | undefined): string {
  return fileTable === undefined ? REJECTS_TABLE : parkedName(fileTable, REJECTS_TABLE);
}
