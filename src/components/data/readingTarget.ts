// Which loaded file a reading control acts on: the customer table (no file name given) or another table by its
// file name; gives that file's load report and the words the controls' names carry ("" or " of orders.csv").
import type { DatasetInfo } from '../../db/ingestCsv';
import { useDatasetStore } from '../../state/datasetStore';
import { useFileStore } from '../../state/fileStore';

export interface ReadingTarget {
  fileName: string;
  info: DatasetInfo | null;
  /** Appended to the controls' accessible names of another table, so that each names its file. */
  of: string;
}

export function useReadingTarget(fileName?: string): ReadingTarget {
  const customer = useDatasetStore((s) => s.info);
  const other = useFileStore((s) => (fileName === undefined ? null : s.files.find((f) => f.info.fileName === fileName)?.info ?? null));
  if (fileName === undefined) return { fileName: customer?.fileName ?? '', info: customer, of: '' };
  return { fileName, info: other, of: ` of ${fileName}` };
}

/** Each reading of a file (a new info object) gets its own number: a cache key for what is read from its table. */
const readingIds = new WeakMap<object, number>();
let lastReadingId = 0;

export function readingId(info: object): number {
  let id = readingIds.get(info);
  if (id === undefined) {
    id = ++lastReadingId;
    readingIds.set(info, id);
  }
  return id;
}
