// Declared missing values (the analyst's sentinels, such as -1 or 999) for tables read through Arrow (Parquet,
// JSON, NDJSON, Excel): cells equal to a sentinel of their column, compared as the value shows, become NULL and are counted.
import { sqlIdentifier, sqlString, type Database } from './database';

export interface DeclaredMissing {
  /** Values read as missing in every column, trimmed (e.g. "-1", "999", "unknown"). */
  missingValues?: string[];
  /** Values read as missing in one column, by its table name or its header. */
  columnMissingValues?: Record<string, string[]>;
}

export interface SentinelCount {
  sentinel: string;
  cells: number;
}

export interface ColumnMissingCount {
  name: string;
  /** Cells made NULL in this column, all sentinels together. */
  cells: number;
  /** Per sentinel, in the order declared; a cell matching two (-1 and -1.0) counts for the first. */
  bySentinel: SentinelCount[];
}

interface TableColumn {
  name: string;
  header: string;
  sqlType: string;
}

const NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)\b/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Sentinels that apply to a column: the file-wide ones, then the column's own (by name, else by header). */
export function sentinelsOf(missing: DeclaredMissing, column: { name: string; header: string }): string[] {
  const own = missing.columnMissingValues?.[column.name] ?? missing.columnMissingValues?.[column.header] ?? [];
  return [...new Set([...(missing.missingValues ?? []), ...own].map((v) => v.trim()).filter((v) => v !== ''))];
}

/**
 * Makes NULL every cell of `table` equal to a declared sentinel of its column, and says how many per sentinel.
 * Numbers compare by value (-1 matches -1 and -1.0), text trimmed, other types (dates, booleans) as their text.
 * The changed columns' values as they were go to `rawTable` (row_id + text), so that exports write them as the file did.
 */
export async function applyDeclaredMissing(db: Database, table: string, columns: TableColumn[], missing: DeclaredMissing, rawTable: string): Promise<ColumnMissingCount[]> {
  const targets = columns
    .map((column) => ({ column, tests: sentinelsOf(missing, column).map((s) => ({ sentinel: s, sql: matchSql(column, s) })) }))
    .map(({ column, tests }) => ({ column, tests: tests.filter((t): t is { sentinel: string; sql: string } => t.sql !== null) }))
    .filter(({ tests }) => tests.length > 0);
  if (targets.length === 0) return [];

  const firstMatch = (tests: Array<{ sql: string }>) => `CASE ${tests.map((t, j) => `WHEN ${t.sql} THEN ${j}`).join(' ')} END`;
  const counts = targets.flatMap(({ tests }, i) => tests.map((_, j) => `count(*) FILTER (WHERE ${firstMatch(tests)} = ${j})::DOUBLE AS c${i}_${j}`));
  const row = (await db.query(`SELECT ${counts.join(', ')} FROM ${sqlIdentifier(table)}`)).toArray()[0]?.toJSON() ?? {};
  const found = targets.map(({ column, tests }, i) => {
    const bySentinel = tests.map((t, j) => ({ sentinel: t.sentinel, cells: Number(row[`c${i}_${j}`] ?? 0) }));
    return { name: column.name, cells: bySentinel.reduce((sum, s) => sum + s.cells, 0), bySentinel, tests };
  });

  const changed = found.filter((f) => f.cells > 0);
  if (changed.length > 0) {
    const kept = changed.map(({ name }) => `, CAST(${sqlIdentifier(name)} AS VARCHAR) AS ${sqlIdentifier(name)}`).join('');
    await db.query(`CREATE OR REPLACE TABLE ${sqlIdentifier(rawTable)} AS SELECT row_id${kept} FROM ${sqlIdentifier(table)}`);
    const sets = changed.map(({ name, tests }) => `${sqlIdentifier(name)} = CASE WHEN ${tests.map((t) => t.sql).join(' OR ')} THEN NULL ELSE ${sqlIdentifier(name)} END`);
    await db.query(`UPDATE ${sqlIdentifier(table)} SET ${sets.join(', ')}`);
  }
  return found.map(({ name, cells, bySentinel }) => ({ name, cells, bySentinel }));
}

/** What the load report says, one line per column that lost cells ("score: -1 read as missing in 3 cells, 999 in 1"). */
export function describeDeclaredMissing(counts: ColumnMissingCount[]): string[] {
  const cells = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'cell' : 'cells'}`;
  return counts.filter((c) => c.cells > 0).map((c) => {
    const parts = c.bySentinel.filter((s) => s.cells > 0).map((s, k) => (k === 0 ? `${s.sentinel} read as missing in ${cells(s.cells)}` : `${s.sentinel} in ${cells(s.cells)}`));
    return `${c.name}: ${parts.join(', ')}, as you declared.`;
  });
}

/** The SQL test "this cell shows as `sentinel`"; null when no cell of the column can (a word in a number column). */
function matchSql(column: TableColumn, sentinel: string): string | null {
  const cell = sqlIdentifier(column.name);
  if (NUMERIC_TYPE.test(column.sqlType)) {
    return NUMBER_TEXT.test(sentinel) ? `${cell} = CAST(${sqlString(sentinel)} AS DOUBLE)` : null;
  }
  if (column.sqlType === 'VARCHAR') return `trim(${cell}) = ${sqlString(sentinel)}`;
  return `trim(CAST(${cell} AS VARCHAR)) = ${sqlString(sentinel)}`;
}
