// What the data view can do about how a delimited file was read: read it again with another encoding (or the guessed one),
// list the rows that were rejected, and build the file of rejected rows to download.
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { rereadWithChoices } from './readingActions';
import { readingChoicesFor } from './readingStore';
import { listRejectedRows, rejectedRowsCsv, type RejectedRow } from '../db/rejectedRows';
import type { TextEncodingName } from '../db/text/detectEncoding';
import { chooseEncoding, forgetEncodingChoice } from '../db/text/encodingChoices';

export { ENCODING_LABELS, type TextEncodingName } from '../db/text/detectEncoding';

/** Reads the current file again with `encoding` (kept with its other reading choices); false when it cannot be. */
export async function reloadWithEncoding(encoding: TextEncodingName): Promise<boolean> {
  const info = useDatasetStore.getState().info;
  if (!info) return false;
  chooseEncoding(info.fileName, encoding);
  return rereadWithChoices({ ...readingChoicesFor(info.fileName), encoding });
}

/** Reads the current file again with the encoding guessed from its bytes, forgetting the analyst's choice. */
export async function reloadWithDetectedEncoding(): Promise<boolean> {
  const info = useDatasetStore.getState().info;
  if (!info) return false;
  forgetEncodingChoice(info.fileName);
  const { encoding: _chosen, ...others } = readingChoicesFor(info.fileName);
  return rereadWithChoices(others);
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
