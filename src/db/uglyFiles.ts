// Deterministic "real-world export" files for tests: seeded tables of awkward values (decimal commas,
// units, dates in many formats, codes with leading zeros, missing tokens), written in many dialects and
// encodings, with malformed rows, plus the expected value of every cell.
import { createRandom, type Random } from '../analysis/random';
import { HIGH_CHARACTERS, type SingleByteEncoding } from './text/singleByteCharsets';
import type { TextEncodingName } from './text/detectEncoding';

export type UglyKind = 'text' | 'integer' | 'decimal' | 'date' | 'code';

export interface UglyColumn {
  header: string;
  kind: UglyKind;
  /** How it is written: "dd/mm/yyyy", "1 234,50 €"... (for messages). */
  style: string;
}

export interface UglyTable {
  columns: UglyColumn[];
  /** Cells as written (unquoted); a malformed row has more or fewer cells than columns. */
  rows: string[][];
  /** Expected typed value per cell: number, ISO date text, text, or null for missing; null row for malformed rows. */
  expected: Array<Array<number | string | null> | null>;
}

export interface UglyDialect {
  delimiter: ',' | ';' | '\t' | '|';
  lineEnding: '\n' | '\r\n' | '\r';
  finalNewline: boolean;
  blankLines: boolean;
  encoding: TextEncodingName;
  bom: boolean;
}

const WORDS = ['Élodie', 'café', 'crème brûlée', 'garçon', 'Zoë', 'Œuvre', 'l’été', 'naïve', 'Müller', 'Ångström', 'São Paulo',
  'Le "Grand" Café', 'Durand, Fils', 'Dupont; associés', 'two\nlines', 'pipe|bar', 'tab\there', 'Apt 3', 'Paris', '€ offer', '  padded  '];
const MISSING = ['', 'NA', 'N/A', 'null', '-', 'unknown', '#N/A', '#DIV/0!', '#VALUE!', ' '];
const DATE_STYLES = ['yyyy-mm-dd', 'dd/mm/yyyy', 'mm/dd/yyyy', 'dd-mm-yyyy', 'dd.mm.yyyy', 'yyyymmdd', 'dd/mm/yy', 'yyyy-mm-dd hh:mm:ss', 'dd/mm/yyyy hh:mm'];
const NUMBER_STYLES = [
  { mark: '.', group: '', unit: '' }, { mark: ',', group: '', unit: '' }, { mark: ',', group: ' ', unit: ' €' },
  { mark: ',', group: '.', unit: '' }, { mark: '.', group: ',', unit: '' }, { mark: ',', group: '\u00a0', unit: '' },
  { mark: '.', group: '', unit: ' %' }, { mark: '.', group: ',', unit: '$' },
];

export function makeUglyTable(seed: number, rowCount: number, malformed = 2): UglyTable {
  const rng = createRandom(seed);
  const kinds: UglyKind[] = ['code', 'text', 'decimal', 'integer', 'date', 'text', 'decimal', 'date'];
  const columns: UglyColumn[] = kinds.map((kind, j) => ({
    header: j === 5 ? '' : j === 6 ? 'montant' : j === 2 ? ' montant ' : `${kind}_${j}`,
    kind,
    style: kind === 'date' ? DATE_STYLES[rng.int(DATE_STYLES.length)]
      : kind === 'decimal' ? JSON.stringify(NUMBER_STYLES[rng.int(NUMBER_STYLES.length)])
      : kind === 'integer' ? (rng.next() < 0.5 ? 'plain' : 'grouped') : kind,
  }));
  const rows: string[][] = [];
  const expected: UglyTable['expected'] = [];
  const bad = new Set(Array.from({ length: malformed }, () => 1 + rng.int(Math.max(1, rowCount - 1))));
  for (let i = 0; i < rowCount; i++) {
    const cells = columns.map((c) => cell(rng, c, i));
    if (bad.has(i)) {
      const written = cells.map((x) => x.written);
      rows.push(rng.next() < 0.5 ? [...written, 'extra'] : written.slice(0, -2));
      expected.push(null);
    } else {
      rows.push(cells.map((x) => x.written));
      expected.push(cells.map((x) => x.value));
    }
  }
  return { columns, rows, expected };
}

function cell(rng: Random, column: UglyColumn, row: number): { written: string; value: number | string | null } {
  if (column.kind !== 'text' && column.kind !== 'code' && row > 0 && rng.next() < 0.08) return { written: MISSING[rng.int(MISSING.length)], value: null };
  switch (column.kind) {
    case 'text': {
      const word = WORDS[rng.int(WORDS.length)];
      return { written: word, value: word };
    }
    case 'code': {
      const code = String(rng.int(100000)).padStart(6, '0');
      return { written: code, value: code };
    }
    case 'integer': {
      const n = rng.int(2_000_000) - 100_000;
      return { written: column.style === 'grouped' ? group(String(Math.abs(n)), ' ', n < 0) : String(n), value: n };
    }
    case 'decimal': {
      const style = JSON.parse(column.style) as { mark: string; group: string; unit: string };
      const cents = rng.int(500_000_00) - (style.unit === '' ? 1_000_00 : 0);
      const value = cents / 100;
      const whole = group(String(Math.trunc(Math.abs(cents) / 100)), style.group, cents < 0);
      const text = `${whole}${style.mark}${String(Math.abs(cents) % 100).padStart(2, '0')}`;
      return { written: style.unit === '$' ? `$${text}` : text + style.unit, value };
    }
    case 'date': {
      // Day 25 on the first row settles the day/month order, as a real column soon does.
      const day = row === 0 ? 25 : 1 + rng.int(28);
      const month = 1 + rng.int(12);
      const year = 1990 + rng.int(40);
      const [h, m, s] = [rng.int(24), rng.int(60), rng.int(60)];
      return { written: formatDate(column.style, year, month, day, h, m, s), value: isoValue(column.style, year, month, day, h, m, s) };
    }
  }
}

function group(digits: string, separator: string, negative: boolean): string {
  const grouped = separator === '' ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return (negative ? '-' : '') + grouped;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatDate(style: string, y: number, mo: number, d: number, h: number, mi: number, s: number): string {
  switch (style) {
    case 'yyyy-mm-dd': return `${y}-${pad(mo)}-${pad(d)}`;
    case 'dd/mm/yyyy': return `${pad(d)}/${pad(mo)}/${y}`;
    case 'mm/dd/yyyy': return `${mo}/${d}/${y}`;
    case 'dd-mm-yyyy': return `${pad(d)}-${pad(mo)}-${y}`;
    case 'dd.mm.yyyy': return `${pad(d)}.${pad(mo)}.${y}`;
    case 'yyyymmdd': return `${y}${pad(mo)}${pad(d)}`;
    case 'dd/mm/yy': return `${pad(d)}/${pad(mo)}/${pad(y % 100)}`;
    case 'yyyy-mm-dd hh:mm:ss': return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
    default: return `${pad(d)}/${pad(mo)}/${y} ${pad(h)}:${pad(mi)}`;
  }
}

function isoValue(style: string, y: number, mo: number, d: number, h: number, mi: number, s: number): string {
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (style === 'yyyy-mm-dd hh:mm:ss') return `${date} ${pad(h)}:${pad(mi)}:${pad(s)}`;
  if (style === 'dd/mm/yyyy hh:mm') return `${date} ${pad(h)}:${pad(mi)}:00`;
  return date;
}

/** The table as delimited text: fields quoted (RFC 4180) only where needed; optional blank lines. */
export function writeDelimited(table: UglyTable, dialect: Pick<UglyDialect, 'delimiter' | 'lineEnding' | 'finalNewline' | 'blankLines'>): string {
  const { delimiter, lineEnding } = dialect;
  const field = (v: string) => (v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [table.columns.map((c) => field(c.header)).join(delimiter)];
  table.rows.forEach((row, i) => {
    if (dialect.blankLines && i % 7 === 3) lines.push('');
    lines.push(row.map(field).join(delimiter));
  });
  return lines.join(lineEnding) + (dialect.finalNewline ? lineEnding : '');
}

/** Text as bytes in an encoding (what Excel or an old CRM would write); throws on a character it lacks. */
export function encodeText(text: string, encoding: TextEncodingName, bom = false): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode((bom ? '\ufeff' : '') + text);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const units = (bom ? '\ufeff' : '') + text;
    const out = new Uint8Array(units.length * 2);
    for (let i = 0; i < units.length; i++) {
      const u = units.charCodeAt(i);
      const [first, second] = encoding === 'utf-16le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
      out[2 * i] = first;
      out[2 * i + 1] = second;
    }
    return out;
  }
  return encodeSingleByte(text, encoding);
}

function encodeSingleByte(text: string, encoding: SingleByteEncoding): Uint8Array {
  const high = HIGH_CHARACTERS[encoding];
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out[i] = code;
    else {
      const k = high.indexOf(text[i]);
      if (k < 0) throw new Error(`${text[i]} has no byte in ${encoding}`);
      out[i] = 0x80 + k;
    }
  }
  return out;
}

/** A seeded dialect: delimiter, line ending, final newline, blank lines, encoding and BOM. */
export function makeUglyDialect(seed: number): UglyDialect {
  const rng = createRandom(seed * 7919 + 13);
  const encodings: TextEncodingName[] = ['utf-8', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'macintosh'];
  const encoding = encodings[rng.int(encodings.length)];
  return {
    delimiter: ([',', ';', '\t', '|'] as const)[rng.int(4)],
    lineEnding: (['\n', '\r\n', '\r'] as const)[rng.int(3)],
    finalNewline: rng.next() < 0.7,
    blankLines: rng.next() < 0.3,
    encoding,
    bom: encoding.startsWith('utf-16') || (encoding === 'utf-8' && rng.next() < 0.5),
  };
}

/** Characters every single-byte set here can write (the property test keeps to them). */
export function writableIn(encoding: TextEncodingName, text: string): boolean {
  if (!(encoding in HIGH_CHARACTERS)) return true;
  const high = HIGH_CHARACTERS[encoding as SingleByteEncoding];
  for (const ch of text) if (ch.charCodeAt(0) >= 0x80 && !high.includes(ch)) return false;
  return true;
}

/** A French CRM export in Windows-1252: semicolons, decimal commas, dd/mm/yyyy, euro signs, CRLF, one bad row. */
export function frenchCrmExport(): { bytes: Uint8Array; text: string } {
  const text = [
    'N° client;Nom;Ville;Montant;Date d’achat;Remise',
    '000123;Élodie Lefèvre;Orléans;1 234,50 €;31/12/2023;5 %',
    '000124;François Œuvre;Besançon;12,5;01/02/2024;NA',
    '000125;Zoë Müller;Saint-Étienne;#N/A;15/03/2024;12 %',
    '000126;"Dupont; associés";Nîmes;-;05/05/2024;1 %',
    '000127;Chloé;Cergy;3;4',
    '000128;Gaëlle Noël;Nice;99,99 €;28/02/2024;0 %',
  ].join('\r\n') + '\r\n';
  return { bytes: encodeText(text, 'windows-1252'), text };
}
