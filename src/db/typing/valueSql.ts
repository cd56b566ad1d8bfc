// SQL fragments over a raw text cell shared by type inference and the typed table: what counts as
// missing, the trimmed value, the value without currency or percent signs, and the patterns matched.
import { sqlString } from '../database';

/** Lower-cased tokens read as missing (beside empty text and a lone space): words, dashes, Excel errors. */
export const MISSING_TOKENS = ['', 'na', 'n/a', 'null', '-', 'unknown', '#value!', '#div/0!', '#n/a', '#ref!', '#name?', '#num!', '#null!'];

const TOKEN_MAX_LENGTH = 12;

export interface MissingRule {
  /** Values the user declared missing for this column (compared with the trimmed text), e.g. -1 or 999. */
  sentinels: string[];
}

// Plain trim (spaces only): trim with a character list is about ten times slower in DuckDB.
export const trimmed = (raw: string): string => `trim(${raw})`;

/** True when the raw cell is missing: NULL (empty field), a missing token, or a declared sentinel. */
export function missingSql(raw: string, rule: MissingRule): string {
  const t = trimmed(raw);
  const tokens = MISSING_TOKENS.map(sqlString).join(', ');
  const sentinels = rule.sentinels.length ? ` OR ${t} IN (${rule.sentinels.map(sqlString).join(', ')})` : '';
  // Byte-wise range tests first: every token starts with a character below '0' (space, #, -) or with
  // n, N, u or U, so most cells skip lower(trim()) and the list.
  const first = (lo: string, hi: string) => `(${raw} >= '${lo}' AND ${raw} < '${hi}')`;
  const couldBeToken = `(${raw} < '0' OR ${first('N', 'O')} OR ${first('n', 'o')} OR ${first('U', 'V')} OR ${first('u', 'v')})`;
  return `(${raw} IS NULL OR (${couldBeToken} AND strlen(${raw}) <= ${TOKEN_MAX_LENGTH} AND lower(${t}) IN (${tokens}))${sentinels})`;
}

/** The (trimmed) value without a leading or trailing currency sign or code, or a trailing percent sign. */
export const unitStripped = (value: string): string =>
  `regexp_replace(${value}, '^(?:[€$£¥]|EUR|USD|GBP|CHF)\\s*|\\s*(?:[€$£¥%]|EUR|USD|GBP|CHF)$', '', 'g')`;

const GROUP = "[ \u00a0\u202f']";
/** Plain numbers with a dot decimal (what DuckDB casts directly). */
export const PLAIN_NUMBER = '[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?';
export const PLAIN_INTEGER = '[+-]?[0-9]+';
/** Dot decimal, thousands grouped by comma, space, no-break space or apostrophe. */
export const DOT_DECIMAL = `[+-]?([0-9]+|[0-9]{1,3}(,[0-9]{3})+|[0-9]{1,3}(${GROUP}[0-9]{3})+)(\\.[0-9]+)?`;
/** Comma decimal, thousands grouped by dot, space, no-break space or apostrophe. */
export const COMMA_DECIMAL = `[+-]?([0-9]+|[0-9]{1,3}(\\.[0-9]{3})+|[0-9]{1,3}(${GROUP}[0-9]{3})+)(,[0-9]+)?`;
export const GROUP_CHARACTERS = GROUP;

const TIME = '([ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?)?';
export const DATE_PATTERNS = {
  iso: `[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}${TIME}`,
  slash: `[0-9]{1,2}/[0-9]{1,2}/([0-9]{2}|[0-9]{4})${TIME}`,
  dash: `[0-9]{1,2}-[0-9]{1,2}-([0-9]{2}|[0-9]{4})${TIME}`,
  dot: `[0-9]{1,2}\\.[0-9]{1,2}\\.([0-9]{2}|[0-9]{4})${TIME}`,
  compact: '(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])',
} as const;
export type DateFamily = keyof typeof DATE_PATTERNS;
export const DATE_FAMILIES = Object.keys(DATE_PATTERNS) as DateFamily[];

export const matches = (value: string, pattern: string): string => `regexp_full_match(${value}, ${sqlString(pattern)})`;
