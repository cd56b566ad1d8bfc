// Reads the customer file again as the analyst asks (missing-value sentinels, a column's day/month
// order, the encoding): the choices are stored first, so that a reload reads the file the same way.
import { useDatasetStore } from './datasetStore';
import { useFileStore } from './fileStore';
import { loadDataset } from './loadDataset';
import { loadFileBytes } from './persistence';
import { applyQualitySnapshot, takeQualitySnapshot } from './qualitySnapshot';
import { missingCountChanges, parseMissingValues, withDateOrder, withMissingValues, type DayMonthOrder, type ReadingChoices } from './readingChoices';
import { readingChoicesFor, setReadingChoices, useReadingStore } from './readingStore';
import { sourceOf } from '../db/text/encodingChoices';

/**
 * Reads the customer file again with `choices`; false when it could not be (the previous choices and
 * data then stay). Rows keep their row_id, so the quality decisions made on them are put back.
 */
export async function rereadWithChoices(choices: ReadingChoices): Promise<boolean> {
  const info = useDatasetStore.getState().info;
  if (!info) return false;
  const bytes = await currentFileBytes(info.fileName);
  if (!bytes) {
    useDatasetStore.setState({
      problem: { message: `${info.fileName} is no longer in memory, so it cannot be read again here.`, hint: 'Open the file again, then make the change.' },
    });
    return false;
  }
  const previous = readingChoicesFor(info.fileName);
  const profilesBefore = useDatasetStore.getState().profiles;
  const quality = await takeQualitySnapshot();
  await setReadingChoices(info.fileName, choices);
  const ok = await loadDataset(info.fileName, bytes);
  if (!ok) {
    await setReadingChoices(info.fileName, previous);
    return false;
  }
  const { profiles, version } = useDatasetStore.getState();
  useReadingStore.setState({ lastEffect: { version, changes: missingCountChanges(profilesBefore, profiles) } });
  if (quality) await applyQualitySnapshot(quality);
  return true;
}

/** "-1, 999" as missing in every column (no column given) or in one column; an empty text clears them. */
export async function declareMissingValues(text: string, column?: string): Promise<boolean> {
  const info = useDatasetStore.getState().info;
  if (!info) return false;
  return rereadWithChoices(withMissingValues(readingChoicesFor(info.fileName), parseMissingValues(text), column));
}

/** A date column read day first or month first; undefined goes back to the order settled from the data. */
export async function chooseDateOrder(column: string, order: DayMonthOrder | undefined): Promise<boolean> {
  const info = useDatasetStore.getState().info;
  if (!info) return false;
  return rereadWithChoices(withDateOrder(readingChoicesFor(info.fileName), column, order));
}

/** The bytes read this session, else the copy stored in IndexedDB. */
async function currentFileBytes(fileName: string): Promise<Uint8Array | undefined> {
  const inMemory = sourceOf(fileName);
  if (inMemory) return inMemory;
  const table = useFileStore.getState().customerTable;
  return table ? loadFileBytes(table) : undefined;
}
