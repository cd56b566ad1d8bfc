// The rows of the `dataset` table as one Arrow IPC stream: a 0-based row_id in source order, then the columns
// under names DuckDB accepts. Pure Arrow, no DuckDB: the Parquet and JSON workers build it off the page.
import { Table, makeVector, tableFromIPC, tableToIPC, type Vector } from 'apache-arrow';

export interface DatasetRows {
  /** Arrow IPC stream (row_id BIGINT, then one column per name); empty when there are no rows. */
  ipc: Uint8Array;
  /** Column names in the table (see tableColumnNames) and how the file names them. */
  names: string[];
  headers: string[];
  rowCount: number;
}

/**
 * `headers[i]` is how the file names column i (defaults to the Arrow field names); names DuckDB could not
 * hold (blank, repeated in any case, or our own row_id) are made unique and the header kept for exports.
 */
export function datasetRowsFromArrow(table: Table, headers: string[] = table.schema.fields.map((f) => f.name)): DatasetRows {
  const names = tableColumnNames(headers);
  const rowCount = table.numRows;
  // No rows: an empty stream creates no table in DuckDB, so the loader makes the columns itself.
  if (rowCount === 0) return { ipc: new Uint8Array(0), names, headers, rowCount };
  const rowIds = new BigInt64Array(rowCount);
  // Written through 32-bit halves (little-endian, ids below 2^31): a BigInt per row costs far more.
  const halves = new Int32Array(rowIds.buffer);
  for (let i = 0; i < rowCount; i++) halves[2 * i] = i;
  const vectors: Record<string, Vector> = { row_id: makeVector(rowIds) };
  names.forEach((name, i) => { vectors[name] = table.getChildAt(i) as Vector; });
  return { ipc: tableToIPC(new Table(vectors), 'stream'), names, headers, rowCount };
}

/** The same from an Arrow IPC stream, as parquet-wasm gives it. */
export function datasetRowsFromIpc(ipc: Uint8Array): DatasetRows {
  return datasetRowsFromArrow(tableFromIPC(ipc));
}

/** Column names DuckDB accepts: trimmed, blank ones numbered, repeats (any case) and row_id suffixed. */
export function tableColumnNames(headers: string[]): string[] {
  const taken = new Set<string>(['row_id']);
  return headers.map((header, i) => {
    const base = header.trim() === '' ? `column_${i + 1}` : header.trim();
    let name = base.toLowerCase() === 'row_id' ? 'source_row_id' : base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base.toLowerCase() === 'row_id' ? 'source_row_id' : base}_${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
