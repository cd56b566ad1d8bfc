// What the analyst does with the loaded files: say which one holds the customers, pick an Excel sheet,
// remove a file. Changing the customer table starts its steps afresh; the other files are untouched.
import { activateFileTable, dropFileTable, parkDataset } from '../db/fileTables';
import { getDatabase } from './database';
import { useDatasetStore, type LoadProblem } from './datasetStore';
import { orderDataFiles, persistFileIndex } from './dataFiles';
import { useFileStore } from './fileStore';
import { loadDataset, showCustomerTable } from './loadDataset';
import { deleteFileBytes, loadFileBytes } from './persistence';
import { startOver } from './startOver';
import { forgetReadingChoices } from './readingStore';

export interface PickedFile {
  name: string;
  /** The browser's File, which DuckDB can read in place when it needs no rewrite. */
  file?: Blob;
  read: () => Promise<Uint8Array>;
}

/**
 * Loads files picked or dropped together, one after the other, and keeps every failure on screen. With no
 * customer table yet the first file becomes it, loaded last so that no later load moves it aside while its
 * views make their first queries.
 */
export async function loadDataFiles(files: PickedFile[]): Promise<void> {
  const firstIsCustomer = files.length > 1 && useFileStore.getState().customerTable === null;
  const order = firstIsCustomer ? [...files.slice(1), files[0]] : files;
  const problems: LoadProblem[] = [];
  for (const file of order) {
    const role = !firstIsCustomer ? 'auto' : file === files[0] ? 'customer' : 'other';
    const bytes = await readPickedFile(file);
    if (!(bytes instanceof Uint8Array)) {
      problems.push(bytes);
      continue;
    }
    const ok = await loadDataset(file.name, bytes, { role, file: file.file });
    const problem = useDatasetStore.getState().problem;
    if (!ok && problem) problems.push(problem);
  }
  if (firstIsCustomer) orderDataFiles(files.map((f) => f.name));
  const { files: loaded, customerTable } = useFileStore.getState();
  if (customerTable === null && loaded.length > 0) await chooseCustomerTable(loaded[0].table);
  if (problems.length > 1) {
    useDatasetStore.setState({ problem: {
      message: problems.map((p) => p.message).join(' '),
      hint: [...new Set(problems.map((p) => p.hint).filter(Boolean))].join(' '),
    } });
  } else if (problems.length === 1) {
    useDatasetStore.setState({ problem: problems[0] });
  }
}

/**
 * The file's bytes, or what to tell the analyst when the browser cannot read them (the file was moved, deleted
 * or changed on disk since it was chosen, or it cannot be read at all): the other files still load.
 */
export async function readPickedFile(file: PickedFile): Promise<Uint8Array | LoadProblem> {
  try {
    return await file.read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      message: `${file.name} could not be read from the disk (${reason}); nothing of it was loaded.`,
      hint: 'The file may have been moved, renamed, deleted or changed since it was chosen: choose it again.',
    };
  }
}

export async function chooseCustomerTable(table: string): Promise<void> {
  const { files, customerTable } = useFileStore.getState();
  const file = files.find((f) => f.table === table);
  if (!file || table === customerTable) return;
  useDatasetStore.setState({ status: 'loading', activity: `Using ${file.info.fileName} as the customer table`, problem: null });
  try {
    const db = await getDatabase();
    if (customerTable) await parkDataset(db, customerTable);
    await activateFileTable(db, table);
    useFileStore.setState({ customerTable: table });
    await persistFileIndex();
    await showCustomerTable(db, file.info);
  } catch (error) {
    useDatasetStore.setState({
      status: useDatasetStore.getState().info ? 'ready' : 'error', activity: '',
      problem: { message: `${file.info.fileName} could not be used as the customer table: ${error instanceof Error ? error.message : String(error)}`, hint: 'Reload the page and try again.' },
    });
  }
}

/** Reads another sheet of a loaded workbook in place of the one shown. */
export async function chooseSheet(table: string, sheet: string): Promise<void> {
  const file = useFileStore.getState().files.find((f) => f.table === table);
  if (!file || file.info.sheet === sheet) return;
  const bytes = await loadFileBytes(table);
  if (!bytes) {
    useDatasetStore.setState({ problem: { message: `${file.info.fileName} is no longer stored in this browser.`, hint: 'Open the file again to pick another sheet.' } });
    return;
  }
  await loadDataset(file.info.fileName, bytes, { sheet });
}

export async function removeDataFile(table: string): Promise<void> {
  const { files, customerTable } = useFileStore.getState();
  const remaining = files.filter((f) => f.table !== table);
  const file = files.find((f) => f.table === table);
  if (!file) return;
  if (remaining.length === 0) {
    await startOver();
    return;
  }
  const db = await getDatabase();
  const next = table === customerTable ? remaining[0] : null;
  if (next) await parkDataset(db, table);
  await dropFileTable(db, table);
  useFileStore.setState({ files: remaining, customerTable: next ? null : customerTable });
  await deleteFileBytes(table);
  await forgetReadingChoices(file.info.fileName);
  if (next) {
    await activateFileTable(db, next.table);
    useFileStore.setState({ customerTable: next.table });
    await showCustomerTable(db, next.info);
  }
  await persistFileIndex();
}
