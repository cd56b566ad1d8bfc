// What the data view can do about how a delimited file was read: read it again with another encoding,
// list the rows that were rejected, and build the file of rejected rows to download.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { loadDataset } from './loadDataset';
import { listRejectedRows, rejectedRowsCsv, type RejectedRow } from '../db/rejectedRows';
import type { TextEncodingName } from '../db/text/detectEncoding';
import { chooseEncoding, sourceOf } from '../db/text/encodingChoices';

export { ENCODING_LABELS, type TextEncodingName } from '../db/text/detectEncoding';

/** Reads the current file again with `encoding`; false when its bytes are no longer at hand. */
export async function reloadWithEncoding(encoding: TextEncodingName): Promise<boolean> {
  const info = useDatasetStore.getState().info;
  if (!info) return false;
  const bytes = sourceOf(info.fileName);
  if (!bytes) {
    useDatasetStore.setState({ problem: { message: `${info.fileName} is no longer in memory, so it cannot be read again here.`, hint: 'Open the file again, then choose the encoding.' } });
    return false;
  }
  chooseEncoding(info.fileName, encoding);
  return loadDataset(info.fileName, bytes);
}

export async function fetchRejectedRows(limit: number): Promise<RejectedRow[]> {
  return listRejectedRows(await getDatabase(), limit);
}

export async function buildRejectedRowsFile(): Promise<{ fileName: string; blob: Blob }> {
  const info = useDatasetStore.getState().info;
  const bytes = await rejectedRowsCsv(await getDatabase());
  const base = (info?.fileName ?? 'data').replace(/\.[^.]+$/, '');
  return { fileName: `${base}-rejected-rows.csv`, blob: new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' }) };
}
