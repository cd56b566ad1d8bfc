// Adds a file to the session as a table of its own: ingests it, keeps it beside the others, and decides
// whether it is the customer table. A file named like a loaded one replaces it; a failed load changes nothing.
import type { Database } from '../db/database';
import { activateFileTable, dropFileTable, fileTableName, parkDataset, storeDatasetAs } from '../db/fileTables';
import { browserFileReaders } from '../db/fileReadersBrowser';
import { ingestFile, type LoadedFileInfo } from '../db/ingestFile';
import type { CsvLoadOptions } from '../db/ingestCsv';
import { useFileStore, type LoadedFile } from './fileStore';
import { saveFileBytes, saveFileIndex } from './persistence';
import { readingChoicesFor } from './readingStore';

/** 'auto': the customer table when none is chosen yet, or when the file replaces the customer table. */
export type CustomerRole = 'auto' | 'customer' | 'other';

export interface AddFileOptions {
  /** Excel only: the sheet to read. */
  sheet?: string;
  role?: CustomerRole;
  /** True when the file comes back from IndexedDB: it is stored already. */
  restoring?: boolean;
  /** Restoring: the table the file had, under which its bytes are stored. */
  table?: string;
  /** Delimited text: the browser's File (read in place when possible) and where to tell how the load goes. */
  file?: Blob;
  onProgress?: CsvLoadOptions['onProgress'];
}

/**
 * `store` writes the file and the list to IndexedDB: the caller starts it once the table's profile is under way
 * (writing 150 MB takes about a second), then awaits it, so that a failed write is still reported.
 */
export async function addDataFile(db: Database, fileName: string, bytes: Uint8Array, options: AddFileOptions = {}): Promise<{ info: LoadedFileInfo; isCustomerTable: boolean; store: () => Promise<void> }> {
  const { files, customerTable } = useFileStore.getState();
  const replaced = files.find((f) => f.info.fileName === fileName);
  const taken = files.map((f) => f.table);
  const table = replaced?.table ?? (options.table && !taken.includes(options.table) ? options.table : fileTableName(fileName, taken));
  if (customerTable) await parkDataset(db, customerTable);
  let info: LoadedFileInfo;
  try {
    info = await ingestFile(db, fileName, bytes, { readers: browserFileReaders, sheet: options.sheet, csv: { ...readingChoicesFor(fileName), file: options.file, onProgress: options.onProgress } });
  } catch (error) {
    if (customerTable) await activateFileTable(db, customerTable);
    throw error;
  }
  await storeDatasetAs(db, table);
  const role = options.role ?? 'auto';
  const isCustomerTable = role === 'customer' || (role === 'auto' && (customerTable === null || customerTable === table));
  const nextCustomer = isCustomerTable ? table : customerTable;
  if (nextCustomer) await activateFileTable(db, nextCustomer);

  const entry: LoadedFile = { table, info };
  const nextFiles = replaced ? files.map((f) => (f.table === table ? entry : f)) : [...files, entry];
  useFileStore.setState({ files: nextFiles, customerTable: nextCustomer });
  const store = async () => {
    if (options.restoring) return;
    await saveFileBytes(table, options.file ?? bytes);
    await persistFileIndex();
  };
  return { info, isCustomerTable, store };
}

/** Writes the list of loaded files (names, sheets, which one holds the customers) to IndexedDB. */
export async function persistFileIndex(): Promise<void> {
  const { files, customerTable } = useFileStore.getState();
  await saveFileIndex(files.map(({ table, info }) => ({ table, name: info.fileName, sheet: info.sheet, customer: table === customerTable })));
}

/** Drops the tables of every file except the customer table (which the next load replaces) and empties the list. */
export async function forgetDataFiles(db: Database): Promise<void> {
  const { files, customerTable } = useFileStore.getState();
  for (const file of files) if (file.table !== customerTable) await dropFileTable(db, file.table);
  useFileStore.setState({ files: [], customerTable: null });
}

/** Puts the file list in the given order of file names (the stored order, after a restore). */
export function orderDataFiles(fileNames: string[]): void {
  const rank = (name: string) => { const i = fileNames.indexOf(name); return i < 0 ? fileNames.length : i; };
  useFileStore.setState((s) => ({ files: [...s.files].sort((a, b) => rank(a.info.fileName) - rank(b.info.fileName)) }));
}
