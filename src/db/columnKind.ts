// Maps a DuckDB column type to the kind the app reasons with: numeric, text, date or boolean
// (text columns holding only yes/no-like words count as boolean too, see isBooleanVocabulary).

export type ColumnKind = 'numeric' | 'text' | 'date' | 'boolean';

const INTEGER_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const NUMERIC_TYPES = /^(FLOAT|DOUBLE|REAL|DECIMAL(\(\d+,\s*\d+\))?)$/;

export function columnKind(sqlType: string): ColumnKind {
  const type = sqlType.toUpperCase();
  if (INTEGER_TYPES.test(type) || NUMERIC_TYPES.test(type)) return 'numeric';
  if (type === 'BOOLEAN') return 'boolean';
  if (type === 'DATE' || type.startsWith('TIMESTAMP')) return 'date';
  return 'text';
}

/** True for whole-number types (and DECIMAL with no digits after the point). */
export function isIntegerType(sqlType: string): boolean {
  const type = sqlType.toUpperCase();
  return INTEGER_TYPES.test(type) || /^DECIMAL\(\d+,\s*0\)$/.test(type);
}

const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no', 'oui', 'non', 'y', 'n', 't', 'f', 'vrai', 'faux']);

/** True when a text column's values (at most two, ignoring case) read as a yes/no flag. */
export function isBooleanVocabulary(values: string[]): boolean {
  return values.length > 0 && values.length <= 2 && values.every((v) => BOOLEAN_WORDS.has(v.trim().toLowerCase()));
}
