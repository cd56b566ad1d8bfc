// Deterministic CSV files for the src/db tests: a customer-like table with awkward values (quotes,
// delimiters and line breaks inside fields, gaps, formula-like text) plus broken files, and a parser.
import { createRandom } from '../analysis/random';

export interface TestTable {
  header: string[];
  /** Cell values as written (before quoting); '' is an empty (missing) cell. */
  rows: string[][];
}

const CITIES = ['Paris', 'Lyon', 'Nantes', 'Lille', 'Rennes', 'Nice'];
const NAMES = ['Dupont', 'Martin', 'Le "Grand" Café', 'Durand, Fils', 'Müller; GmbH', 'Line\nbreak', 'Élodie'];
const NOTES = ['=SUM(A1:A9)', '+33 6 12 34 56', '-5', '@home', '\tindent', 'plain note', '-3.5', '- dash', ''];

/** A seeded table: id (distinct), name (awkward text), city, spend (decimal, gaps), visits (int, gaps), constant, note. */
export function makeTestTable(rows: number, seed = 7): TestTable {
  const rng = createRandom(seed);
  const header = ['id', 'name', 'city', 'spend', 'visits', 'constant', 'note'];
  const out: string[][] = [];
  for (let i = 0; i < rows; i++) {
    // City weights make every count different, so top values have no ties.
    const city = CITIES[Math.min(CITIES.length - 1, Math.floor(Math.sqrt(rng.next()) * CITIES.length))];
    out.push([
      String(1000 + i * 3),
      NAMES[rng.int(NAMES.length)],
      city,
      rng.next() < 0.05 ? '' : (Math.round(rng.next() * 50000) / 100).toFixed(2),
      rng.next() < 0.1 ? '' : String(rng.int(40)),
      '1',
      NOTES[rng.int(NOTES.length)],
    ]);
  }
  return { header, rows: out };
}

export interface CsvOptions {
  delimiter?: string;
  bom?: boolean;
  lineEnding?: '\n' | '\r\n';
}

/** Writes a table as CSV, quoting (RFC 4180) only the fields that need it. */
export function toCsvBytes({ header, rows }: TestTable, { delimiter = ',', bom = false, lineEnding = '\n' }: CsvOptions = {}): Uint8Array {
  const field = (v: string) => (v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const text = [header, ...rows].map((r) => r.map(field).join(delimiter)).join(lineEnding) + lineEnding;
  return new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
}

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A file whose 5th line (4th data row) has one field too many. */
export function tooManyFieldsFile(): Uint8Array {
  return encode('id;city;spend\n1;Paris;10,5\n2;"Lyon; centre";12\n3;Nantes;7\n4;Lille;9;extra\n5;Nice;3\n');
}

/** A quoted value that spans lines, then a row whose quote never closes (starts on line 6). */
export function unterminatedQuoteFile(): Uint8Array {
  return encode('id,comment\n1,"multi\nline"\n2,"said ""hi"""\n3,ok\n4,"never closed\n5,x\n');
}

/** Looks like a zip archive: binary bytes, NULs included. */
export function binaryFile(): Uint8Array {
  const bytes = new Uint8Array(256);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) & 0xff;
  bytes.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
  return bytes;
}

/** Windows-1252 text: é is the single byte 0xE9, invalid in UTF-8 (line 3, column 8). */
export function latin1File(): Uint8Array {
  return new Uint8Array([...encode('id;ville\n1;Paris\n2;Orl'), 0xe9, ...encode('ans\n')]);
}

/** RFC 4180 parser (test oracle for exports): returns records of fields. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        inQuotes = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      inQuotes = true;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
