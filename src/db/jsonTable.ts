// Reads a JSON array of objects or an NDJSON file into an Arrow table: one column per field name in
// order of first appearance, a field absent from a record is missing there, nested values stay JSON text.
import type { Table } from 'apache-arrow';
import { Table as ArrowTable, type Vector } from 'apache-arrow';
import { DataLoadError } from './dataLoadError';
import { jsonRecords, type JsonLayout } from './jsonRecords';
import { vectorFromValues } from './valuesToArrow';

export function jsonToArrow(bytes: Uint8Array, fileName: string, layout: JsonLayout): { table: Table; headers: string[] } {
  const text = decodeUtf8(bytes, fileName);
  const columns = new Map<string, unknown[]>();
  let rows = 0;
  for (const { value } of jsonRecords(text, fileName, layout)) {
    for (const key of Object.keys(value)) {
      let column = columns.get(key);
      if (!column) {
        column = [];
        columns.set(key, column);
      }
      column[rows] = value[key];
    }
    rows++;
  }
  const headers = [...columns.keys()];
  const vectors: Record<string, Vector> = {};
  headers.forEach((key, i) => {
    const values = columns.get(key) as unknown[];
    values.length = rows;
    // Positional keys: field names may repeat in another case or be blank; arrowDataset names them.
    vectors[`c${i}`] = vectorFromValues(Array.from(values));
  });
  const table = headers.length > 0 ? new ArrowTable(vectors) : new ArrowTable();
  if (headers.length === 0 && rows > 0) {
    throw new DataLoadError({
      file: fileName,
      problem: `The ${rows.toLocaleString('en')} records have no fields at all.`,
      hint: 'Check that the records are objects with named fields ({"id": 1, ...}), then load the file again.',
    });
  }
  return { table, headers };
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DataLoadError({
      file: fileName,
      problem: 'This file is not valid UTF-8 text, which JSON requires.',
      hint: 'Export the file again as UTF-8 JSON, then load it.',
    });
  }
}
