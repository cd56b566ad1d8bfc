// What the analyst does with the loaded files: say which one holds the customers, pick an Excel sheet,
// remove a file. Changing the customer table starts its steps afresh; the other files are untouched.
import { activateFileTable, dropFileTable, parkDataset } from '../db/fileTables';
import { getDatabase } from './database';
import { useDatasetStore } from './datasetStore';
import { persistFileIndex } from './dataFiles';
import { useFileStore } from './fileStore';
import { loadDataset, showCustomerTable } from './loadDataset';
import { deleteFileBytes, loadFileBytes } from './persistence';
import { startOver } from './startOver';

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
  if (remaining.length === files.length) return;
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
  if (next) {
    await activateFileTable(db, next.table);
    useFileStore.setState({ customerTable: next.table });
    await showCustomerTable(db, next.info);
  }
  await persistFileIndex();
}
