// Reads a loaded delimited file again as the analyst asks (missing-value sentinels, a column's day/month order,
// the encoding), whichever table it is: the choices are stored first, so that a reload reads the file the same way.
import type { LoadedFileInfo } from '../db/ingestFile';
import type { TextEncodingName } from '../db/text/detectEncoding';
import { chooseEncoding, forgetEncodingChoice, sourceOf } from '../db/text/encodingChoices';
import { rereadCustomerTable } from './customerReread';
import { useDatasetStore } from './datasetStore';
import { useFileStore } from './fileStore';
import { loadDataset } from './loadDataset';
import { loadFileBytes } from './persistence';
import { readingChanges } from './readingChanges';
import { parseMissingValues, withDateOrder, withMissingValues, type DayMonthOrder, type ReadingChoices } from './readingChoices';
import { readingChoicesFor, setReadingChoices, useReadingStore, type RereadEffect } from './readingStore';

/**
 * Reads `fileName` again with `choices`; false when it could not be (the previous choices and data then stay).
 * The customer table keeps its recipe and, where its data did not change, its segments (see customerReread.ts);
 * another table is replaced by its new reading, the customers and their run untouched.
 */
export async function rereadWithChoices(fileName: string, choices: ReadingChoices): Promise<boolean> {
  const file = useFileStore.getState().files.find((f) => f.info.fileName === fileName);
  if (!file) return false;
  const bytes = sourceOf(fileName) ?? await loadFileBytes(file.table);
  if (!bytes) {
    useDatasetStore.setState({
      problem: { message: `${fileName} is no longer in memory, so it cannot be read again here.`, hint: 'Open the file again, then make the change.' },
    });
    return false;
  }
  const previous = readingChoicesFor(fileName);
  await setReadingChoices(fileName, choices);
  const isCustomer = file.table === useFileStore.getState().customerTable;
  const effect = isCustomer ? await rereadCustomerTable(fileName, bytes, file.info.sheet) : await rereadOtherTable(fileName, bytes, file.info);
  if (!effect) {
    await setReadingChoices(fileName, previous);
    return false;
  }
  useReadingStore.setState({ lastEffect: effect });
  return true;
}

/** "-1, 999" as missing in every column of the file (no column given) or in one column; an empty text clears them. */
export function declareMissingValues(fileName: string, text: string, column?: string): Promise<boolean> {
  return rereadWithChoices(fileName, withMissingValues(readingChoicesFor(fileName), parseMissingValues(text), column));
}

/** A date column read day first or month first; undefined goes back to the order settled from the data. */
export function chooseDateOrder(fileName: string, column: string, order: DayMonthOrder | undefined): Promise<boolean> {
  return rereadWithChoices(fileName, withDateOrder(readingChoicesFor(fileName), column, order));
}

/** Reads the file again with `encoding`, kept with its other reading choices; a failed read keeps the previous one. */
export async function readWithEncoding(fileName: string, encoding: TextEncodingName): Promise<boolean> {
  const previous = readingChoicesFor(fileName).encoding;
  chooseEncoding(fileName, encoding);
  const ok = await rereadWithChoices(fileName, { ...readingChoicesFor(fileName), encoding });
  if (!ok && previous) chooseEncoding(fileName, previous);
  else if (!ok) forgetEncodingChoice(fileName);
  return ok;
}

/** Reads the file again with the encoding guessed from its bytes, forgetting the analyst's choice. */
export function readWithDetectedEncoding(fileName: string): Promise<boolean> {
  forgetEncodingChoice(fileName);
  const { encoding: _chosen, ...others } = readingChoicesFor(fileName);
  return rereadWithChoices(fileName, others);
}

async function rereadOtherTable(fileName: string, bytes: Uint8Array, before: LoadedFileInfo): Promise<RereadEffect | null> {
  if (!(await loadDataset(fileName, bytes, { role: 'other', sheet: before.sheet }))) return null;
  const after = useFileStore.getState().files.find((f) => f.info.fileName === fileName)?.info;
  return after ? { fileName, info: after, changes: readingChanges(before, after) } : null;
}
