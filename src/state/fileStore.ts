// The files loaded in this session, each kept as a DuckDB table of its own, and which one holds the
// customers (that table is the `dataset` every other step reads). Filled by addDataFile().
import { create } from 'zustand';
import type { LoadedFileInfo } from '../db/ingestFile';

export interface LoadedFile {
  /** The file's own table while it is not the customer table (see src/db/fileTables.ts). */
  table: string;
  info: LoadedFileInfo;
}

interface FileState {
  files: LoadedFile[];
  /** `table` of the file holding the customers, or null before any file is loaded. */
  customerTable: string | null;
}

export const useFileStore = create<FileState>(() => ({ files: [], customerTable: null }));
