// Exports every row of the loaded file with its segment: the original columns in their original
// order and header, then segment_id and segment_name (plus sub_segment_id, micro_segment_id and
// segment_probability when the run has them); UTF-8 with a BOM (Excel), comma-delimited.
import { sqlIdentifier, sqlString, type Database } from './database';
import { DATASET_COLUMNS_TABLE, DATASET_RAW_TABLE } from './ingestCsv';
import { SEGMENTS_TABLE, UNASSIGNED_NAME } from './writeSegments';
import { concatenateBytes } from './concatenateBytes';

const BOM = [0xef, 0xbb, 0xbf];
/** OWASP: a cell starting with one of these may run as a formula in a spreadsheet (= + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
let exportCounter = 0;
const CHUNK_ROWS = 100_000;
/** Columns of the segments table exported only when the run filled them (tree levels, GMM probability, recipe's left-out rows). */
const OPTIONAL_COLUMNS = ['sub_segment_id', 'micro_segment_id', 'segment_probability', 'unassigned_reason'];

export async function exportSegmentsCsv(db: Database): Promise<Uint8Array> {
  const exists = await db.query(`SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE table_name = ${sqlString(SEGMENTS_TABLE)}`);
  if (Number(exists.getChild('n')?.get(0)) === 0) throw new Error('No segments to export yet: run a segmentation first.');

  // Cells go out as written in the file: from the raw text table for the columns whose typed value
  // would print otherwise (a CSV load keeps those), through the column's print format, else as typed.
  const meta = await db.query(`SELECT c.*, t.data_type, r.column_name IS NOT NULL AS kept FROM ${DATASET_COLUMNS_TABLE} AS c
    JOIN information_schema.columns AS t ON t.table_name = 'dataset' AND t.column_name = c.name
    LEFT JOIN information_schema.columns AS r ON r.table_name = ${sqlString(DATASET_RAW_TABLE)} AND r.column_name = c.name ORDER BY c.position`);
  const names = meta.getChild('name')?.toArray() as string[];
  const headers = meta.getChild('header')?.toArray() as string[];
  const types = meta.getChild('data_type')?.toArray() as string[];
  const kept = Array.from({ length: meta.numRows }, (_, j) => Boolean(meta.getChild('kept')?.get(j)));
  // Only a CSV load writes print formats (other loads' column tables have no such column).
  const formats = Array.from({ length: meta.numRows }, (_, j) => (meta.getChild('print_format')?.get(j) ?? null) as string | null);
  const cells = names.map((name, j) => {
    const cell = `${kept[j] ? 'r' : 'd'}.${sqlIdentifier(name)}`;
    if (formats[j]) return `printf(${sqlString(formats[j])}, ${cell})`;
    return kept[j] || types[j] === 'VARCHAR' ? neutralisedSql(cell) : cell;
  });
  const rawJoin = (on: string) => (kept.some(Boolean) ? `LEFT JOIN ${DATASET_RAW_TABLE} AS r ON r.row_id = d.row_id AND ${on}` : '');
  const optional = await filledOptionalColumns(db);
  const select = [...cells.map((cell, j) => `${cell} AS c${j}`), 's.segment_id',
    `coalesce(s.segment_name, ${sqlString(UNASSIGNED_NAME)}) AS segment_name`, ...optional.map((c) => `s.${c}`)].join(', ');

  const last = await db.query('SELECT coalesce(max(row_id), -1)::DOUBLE AS last FROM dataset');
  const lastRowId = Number(last.getChild('last')?.get(0));
  // The header is written here so that duplicate or renamed columns keep the file's own names.
  const parts: Uint8Array[] = [new Uint8Array(BOM), new TextEncoder().encode([...headers, 'segment_id', 'segment_name', ...optional].map(headerField).join(',') + '\n')];
  // COPY into an in-memory file slows down more than linearly as the file grows, so rows go out in
  // row_id ranges, one file each, joined here.
  for (let start = 0; start <= lastRowId; start += CHUNK_ROWS) {
    const range = (alias: string) => `${alias}.row_id >= ${start} AND ${alias}.row_id < ${start + CHUNK_ROWS}`;
    const fileName = `audience-lab-export-${++exportCounter}.csv`;
    // An empty registered buffer receives the output in memory (Node's runtime would otherwise write to disk).
    await db.registerFileBuffer(fileName, new Uint8Array(0));
    try {
      await db.query(`COPY (SELECT ${select} FROM dataset AS d ${rawJoin(range('r'))}
          LEFT JOIN ${SEGMENTS_TABLE} AS s ON s.row_id = d.row_id AND ${range('s')}
          WHERE ${range('d')} ORDER BY d.row_id)
        TO ${sqlString(fileName)} (FORMAT csv, HEADER false, DELIMITER ',', QUOTE '"', ESCAPE '"', USE_TMP_FILE false)`);
      parts.push(await db.copyFileToBuffer(fileName));
    } finally {
      await db.dropFile(fileName);
    }
  }
  return concatenateBytes(parts);
}

async function filledOptionalColumns(db: Database): Promise<string[]> {
  const present = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = ${sqlString(SEGMENTS_TABLE)}`);
  const columns = new Set(present.getChild('column_name')?.toArray() as string[]);
  const candidates = OPTIONAL_COLUMNS.filter((c) => columns.has(c));
  if (candidates.length === 0) return [];
  const counts = await db.query(`SELECT ${candidates.map((c, j) => `count(${c})::DOUBLE AS n${j}`).join(', ')} FROM ${SEGMENTS_TABLE}`);
  return candidates.filter((_, j) => Number(counts.getChild(`n${j}`)?.get(0)) > 0);
}

/** SQL that prefixes a quote to a text cell that could start a formula, unless it is a plain number like "-5". */
function neutralisedSql(cell: string): string {
  // The cheap first-character test runs on every cell; the regular expression only on the few it lets through.
  return `CASE WHEN left(${cell}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) AND NOT regexp_matches(${cell}, ${sqlString(PLAIN_NUMBER.source)}) ` +
    `THEN '''' || ${cell} ELSE ${cell} END`;
}

/** A header name as an RFC 4180 field, neutralised like the cells. */
function headerField(name: string): string {
  const text = FORMULA_START.test(name) && !PLAIN_NUMBER.test(name) ? `'${name}` : name;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
