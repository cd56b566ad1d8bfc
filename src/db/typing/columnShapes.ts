// One pass over the UTF-8 bytes of delimited text that counts, per column, what shape its values have
// (plain integer, dot decimal, ISO date, word, missing token...) and the data records, as countDataRecords does.
import { MISSING_TOKENS } from './valueSql';

/** Counts over the values of one column, from rows holding exactly the header's number of fields. */
export interface ColumnShape {
  /** Values neither empty nor missing tokens nor declared sentinels. */
  present: number;
  /** Missing tokens and sentinels written in the file ("NA", "-", a lone space, a quoted empty value...). */
  tokens: number;
  /** -?[0-9]+ */
  integers: number;
  /** -?[0-9]*.[0-9]* with a digit. */
  decimals: number;
  /** yyyy-mm-dd, exactly ten characters. */
  isoDates: number;
  /** Values starting with an ASCII letter (a currency code aside): the column is text. */
  words: number;
  /** Anything else: the SQL typing decides. */
  other: number;
  /** Integers and decimals starting with 0 and another digit. */
  leadingZero: number;
  /** Eight-digit integers starting with 19 or 20 (yyyymmdd dates, perhaps). */
  compact: number;
  /** Values whose typed value would print differently (surrounding spaces, "-0", quotes). */
  rewritten: number;
  maxLength: number;
  /** Decimals only, all written with this many digits after the dot (and at most 15 digits): printf('%.Nf') gives their text back. */
  decimalPlaces: number | null;
  /** Every value sorts after the one before it in the file, shorter first then byte-wise (an id column in file order): so all differ. */
  ascending: boolean;
}

export interface ShapeScan {
  shapes: ColumnShape[];
  /** Data records after the header: blank lines are none, a line break inside quotes joins lines. */
  recordCount: number;
  /** Records whose field count differs from the header's (left out of the shapes). */
  misshapen: number;
  /** Byte offset of every line feed, in order (the file's physical lines, for the rejected rows' line numbers). */
  newlines: Uint32Array;
}

const DIGIT = 1;
const DOT = 2;
const CLASSES = (() => {
  const table = new Uint8Array(256);
  for (let b = 0x30; b <= 0x39; b++) table[b] = DIGIT;
  table[0x2e] = DOT;
  return table;
})();

/** Classes of the value bytes (gathered per field into a mask); bytes at SPECIAL and above end or quote fields. */
const OTHER = 4;
const SPECIAL = 8;

const enum Kind { Empty, Token, Integer, Decimal, IsoDate, Word, Other }
/** Per column, counts at [column * SLOTS + slot]: one slot per kind, then these. */
const LEADING_ZERO = 7;
const COMPACT = 8;
const REWRITTEN = 9;
/** Decimals that no fixed printf format writes back ("1.", ".5", 16 digits or more). */
const FREE_DECIMAL = 10;
const SLOTS = 11;
/** Digits a double keeps exactly through text and back. */
const EXACT_DIGITS = 15;

const TOKEN_MAX_LENGTH = 12;
/** The missing tokens' bytes, by length (all ASCII, lower case). */
const TOKEN_BYTES: Uint8Array[][] = Array.from({ length: TOKEN_MAX_LENGTH + 1 }, () => []);
for (const token of MISSING_TOKENS) TOKEN_BYTES[token.length].push(new TextEncoder().encode(token));
const UTF8 = new TextDecoder();

/** Incremental scanner: push the text in chunks (a chunk may end anywhere), then finish. */
export class ColumnShapeScanner {
  private readonly counts: Float64Array;
  private readonly maxLengths: Int32Array;
  private readonly minPlaces: Int32Array;
  private readonly maxPlaces: Int32Array;
  /** The current record's fields: kind, trimmed length and flags (1 leading zero, 2 compact, 4 rewritten). */
  private readonly kinds: Uint8Array;
  private readonly lengths: Int32Array;
  private readonly flags: Uint8Array;
  /** Per column: 1 while its values ascend (see ColumnShape.ascending), with the last value's bytes. */
  private readonly ascending: Uint8Array;
  private readonly lastValues: Uint8Array[];
  private readonly lastLengths: Int32Array;
  /** Digits after the dot of the current record's decimals; -1 when no fixed format writes them back. */
  private readonly places: Int8Array;
  /** The current field's bytes when it spans chunks (rare: only at chunk ends). */
  private carry: number[] = [];
  private inQuotes = false;
  /** The classes of the current field's value bytes, OR-ed (see push). */
  private mask = 0;
  private readonly byteClass: Uint8Array;
  private readonly hasSentinels: boolean[];
  private quotes = 0;
  private field = 0;
  private records = 0;
  private misshapen = 0;
  /** Bytes pushed before the current chunk. */
  private offset = 0;
  private newlines = new Uint32Array(1024);
  private newlineCount = 0;

  constructor(
    private readonly delimiter: number,
    private readonly columnCount: number,
    /** Per column, values declared missing (compared with the trimmed text). */
    private readonly sentinels: Array<Set<string>> = [],
  ) {
    this.counts = new Float64Array(columnCount * SLOTS);
    this.maxLengths = new Int32Array(columnCount);
    this.minPlaces = new Int32Array(columnCount).fill(EXACT_DIGITS + 1);
    this.maxPlaces = new Int32Array(columnCount).fill(-1);
    this.places = new Int8Array(columnCount + 1);
    this.kinds = new Uint8Array(columnCount + 1);
    this.lengths = new Int32Array(columnCount + 1);
    this.flags = new Uint8Array(columnCount + 1);
    // One more than the columns (0 there): an extra field's index finds no ascending column.
    this.ascending = new Uint8Array(columnCount + 1).fill(1, 0, columnCount);
    this.lastValues = Array.from({ length: columnCount }, () => new Uint8Array(16));
    this.lastLengths = new Int32Array(columnCount).fill(-1);
    this.byteClass = new Uint8Array(256).fill(OTHER);
    for (let b = 0x30; b <= 0x39; b++) this.byteClass[b] = DIGIT;
    this.byteClass[0x2e] = DOT;
    this.byteClass[0x22] = SPECIAL;
    this.byteClass[0x0a] = SPECIAL;
    this.byteClass[delimiter] = SPECIAL;
    this.hasSentinels = Array.from({ length: columnCount + 1 }, (_, k) => (sentinels[k]?.size ?? 0) > 0);
  }

  push(bytes: Uint8Array): void {
    const delimiter = this.delimiter;
    const byteClass = this.byteClass;
    let fieldStart = 0;
    let inQuotes = this.inQuotes;
    let quotes = this.quotes;
    let mask = this.mask;
    const n = bytes.length;
    // Quotes toggle as in countDataRecords: the scan must count the records that count does.
    for (let i = 0; i < n; i++) {
      const b = bytes[i];
      const c = byteClass[b];
      // Most bytes are value bytes: one table look-up, their classes gathered for classify's fast path.
      if (c < SPECIAL) {
        mask |= c;
        continue;
      }
      if (b === 0x22) {
        inQuotes = !inQuotes;
        quotes++;
        continue;
      }
      if (b === 0x0a) this.noteNewline(this.offset + i);
      if (inQuotes) {
        mask |= OTHER;
        continue;
      }
      if (b === delimiter || b === 0x0a) {
        const blank = b === 0x0a && this.field === 0 && i === fieldStart && quotes === 0 && this.carry.length === 0;
        if (!blank) {
          this.quotes = quotes;
          this.endField(bytes, fieldStart, i, mask);
          if (b === 0x0a) this.endRecord();
        }
        quotes = 0;
        mask = 0;
        fieldStart = i + 1;
      }
    }
    for (let i = fieldStart; i < n; i++) this.carry.push(bytes[i]);
    this.offset += n;
    this.inQuotes = inQuotes;
    this.quotes = quotes;
    this.mask = mask;
  }

  finish(): ShapeScan {
    if (this.field > 0 || this.carry.length > 0 || this.quotes > 0) {
      this.endField(new Uint8Array(0), 0, 0, this.mask);
      this.endRecord();
    }
    return { shapes: this.shapesSoFar(), recordCount: Math.max(0, this.records - 1), misshapen: this.misshapen, newlines: this.newlines.slice(0, this.newlineCount) };
  }

  /** The shapes of the records ended so far (a record cut by the chunk's end is not among them). */
  shapesSoFar(): ColumnShape[] {
    return Array.from({ length: this.columnCount }, (_, k): ColumnShape => {
      const at = (slot: number) => this.counts[k * SLOTS + slot];
      return {
        present: at(Kind.Integer) + at(Kind.Decimal) + at(Kind.IsoDate) + at(Kind.Word) + at(Kind.Other), tokens: at(Kind.Token),
        integers: at(Kind.Integer), decimals: at(Kind.Decimal), isoDates: at(Kind.IsoDate), words: at(Kind.Word), other: at(Kind.Other),
        leadingZero: at(LEADING_ZERO), compact: at(COMPACT), rewritten: at(REWRITTEN), maxLength: this.maxLengths[k],
        decimalPlaces: at(Kind.Decimal) > 0 && at(FREE_DECIMAL) === 0 && this.minPlaces[k] === this.maxPlaces[k] ? this.minPlaces[k] : null,
        ascending: this.ascending[k] === 1 && this.lastLengths[k] >= 0,
      };
    });
  }

  private noteNewline(offset: number): void {
    if (this.newlineCount === this.newlines.length) {
      const grown = new Uint32Array(this.newlines.length * 2);
      grown.set(this.newlines);
      this.newlines = grown;
    }
    this.newlines[this.newlineCount++] = offset;
  }

  private endField(bytes: Uint8Array, start: number, end: number, mask: number): void {
    let text = bytes;
    if (this.carry.length > 0) {
      text = new Uint8Array([...this.carry, ...bytes.subarray(start, end)]);
      [start, end] = [0, text.length];
      this.carry = [];
    }
    const k = this.field++;
    if (k > this.columnCount) return;
    this.lengths[k] = 0;
    this.flags[k] = 0;
    // Unquoted digits and dots, no sentinel to compare: neither a token nor padded, straight to the number test.
    if (mask !== 0 && (mask & ~(DIGIT | DOT)) === 0 && this.quotes === 0 && !this.hasSentinels[k]) {
      const length = end - start;
      this.lengths[k] = length;
      if (mask === DIGIT) {
        // Digits only: an integer, whose flags the first two digits and the length settle (as numericKind would).
        const first = text[start];
        const second = text[start + 1];
        if (first === 0x30 && length > 1) this.flags[k] = 1;
        else if (length === 8 && ((first === 0x31 && second === 0x39) || (first === 0x32 && second === 0x30))) this.flags[k] = 2;
        this.kinds[k] = Kind.Integer;
      } else this.kinds[k] = this.numericKind(text, start, end, k);
    } else this.kinds[k] = this.classify(text, start, end, k);
    // The header is no value; a record of another width may hold any column's value here, which only makes the test stricter.
    if (this.ascending[k] === 1 && this.records > 0 && this.kinds[k] > Kind.Token) this.noteAscending(text, start, end, k);
  }

  /** Keeps column k ascending only if bytes[start, end) sort strictly after its last value (see ColumnShape.ascending). */
  private noteAscending(bytes: Uint8Array, start: number, end: number, k: number): void {
    const length = end - start;
    const last = this.lastValues[k];
    const lastLength = this.lastLengths[k];
    if (lastLength >= 0) {
      // Shorter first, then byte by byte: a strict order in which integer ids (9 < 10) and padded codes ascend.
      let i = 0;
      if (length === lastLength) while (i < length && bytes[start + i] === last[i]) i++;
      const after = length !== lastLength ? length > lastLength : i < length && bytes[start + i] > last[i];
      if (!after) {
        this.ascending[k] = 0;
        return;
      }
    }
    const kept = length > last.length ? (this.lastValues[k] = new Uint8Array(length * 2)) : last;
    // Byte by byte: most values are short, and a subarray per value would cost more than the copy.
    for (let i = 0; i < length; i++) kept[i] = bytes[start + i];
    this.lastLengths[k] = length;
  }

  private endRecord(): void {
    const fields = this.field;
    this.field = 0;
    this.records++;
    // The header is record 1; a row of another width is the reader's to reject, so it tells nothing here.
    if (this.records === 1) return;
    if (fields !== this.columnCount) {
      this.misshapen++;
      return;
    }
    const { counts, kinds, flags, lengths, maxLengths } = this;
    for (let k = 0; k < fields; k++) {
      const at = k * SLOTS;
      const kind = kinds[k];
      counts[at + kind]++;
      if (kind <= Kind.Token) continue;
      const f = flags[k];
      if (f !== 0) {
        if (f & 1) counts[at + LEADING_ZERO]++;
        if (f & 2) counts[at + COMPACT]++;
        if (f & 4) counts[at + REWRITTEN]++;
      }
      if (lengths[k] > maxLengths[k]) maxLengths[k] = lengths[k];
      if (kind === Kind.Decimal) {
        const places = this.places[k];
        if (places < 0) counts[at + FREE_DECIMAL]++;
        if (places >= 0 && places < this.minPlaces[k]) this.minPlaces[k] = places;
        if (places > this.maxPlaces[k]) this.maxPlaces[k] = places;
      }
    }
  }

  /** The kind of one field; its trimmed length and flags go to the per-field arrays. */
  private classify(bytes: Uint8Array, start: number, end: number, k: number): Kind {
    if (end === start) return Kind.Empty;
    let quoted = false;
    if (this.quotes > 0) {
      // Only a value quoted as a whole ("...") is understood here; inner quotes are the SQL typing's business.
      if (this.quotes !== 2 || bytes[start] !== 0x22 || bytes[end - 1] !== 0x22) return Kind.Other;
      start++;
      end--;
      quoted = true;
    }
    let from = start;
    let to = end;
    while (from < to && bytes[from] === 0x20) from++;
    while (to > from && bytes[to - 1] === 0x20) to--;
    const first = bytes[from];
    if ((from === to || first < 0x30 || first === 0x4e || first === 0x6e || first === 0x55 || first === 0x75 || this.sentinels[k]?.size) &&
      this.isMissing(bytes, start, end, from, to, k)) return Kind.Token;
    this.lengths[k] = to - from;
    if (quoted || from !== start || to !== end) this.flags[k] |= 4;
    if ((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a)) {
      return to - from >= 3 && isCurrencyCode(first, bytes[from + 1], bytes[from + 2]) ? Kind.Other : Kind.Word;
    }
    if (CLASSES[first] === 0 && first !== 0x2d) return Kind.Other;
    return this.numericKind(bytes, from, to, k);
  }

  private numericKind(bytes: Uint8Array, from: number, to: number, k: number): Kind {
    const length = to - from;
    if (length === 10 && bytes[from + 4] === 0x2d && bytes[from + 7] === 0x2d) {
      const digits = CLASSES[bytes[from]] & CLASSES[bytes[from + 1]] & CLASSES[bytes[from + 2]] & CLASSES[bytes[from + 3]] &
        CLASSES[bytes[from + 5]] & CLASSES[bytes[from + 6]] & CLASSES[bytes[from + 8]] & CLASSES[bytes[from + 9]];
      return digits === DIGIT ? Kind.IsoDate : Kind.Other;
    }
    let i = from;
    if (bytes[i] === 0x2d) i++;
    const digitsFrom = i;
    let digits = 0;
    let dots = 0;
    let dot = 0;
    for (; i < to; i++) {
      const c = CLASSES[bytes[i]];
      if (c === DIGIT) digits++;
      else if (c === DOT) {
        dots++;
        dot = i;
      } else return Kind.Other;
    }
    if (digits === 0 || dots > 1) return Kind.Other;
    const zero = bytes[digitsFrom] === 0x30;
    // "05" is an identifier's leading zero; "-05" and "-0" are numbers whose text the typed value changes.
    if (zero && digitsFrom + 1 < to && CLASSES[bytes[digitsFrom + 1]] === DIGIT) this.flags[k] |= digitsFrom === from ? 1 : 4;
    else if (zero && digitsFrom > from && length === 2) this.flags[k] |= 4;
    if (dots === 1) {
      const places = to - dot - 1;
      this.places[k] = dot > digitsFrom && places > 0 && digits <= EXACT_DIGITS ? places : -1;
      return Kind.Decimal;
    }
    if (length === 8 && ((bytes[from] === 0x31 && bytes[from + 1] === 0x39) || (bytes[from] === 0x32 && bytes[from + 1] === 0x30))) this.flags[k] |= 2;
    return Kind.Integer;
  }

  /** A missing token as the SQL typing reads it (see missingSql), or a sentinel declared for the column. */
  private isMissing(bytes: Uint8Array, start: number, end: number, from: number, to: number, k: number): boolean {
    const sentinels = this.sentinels[k];
    if (sentinels && sentinels.size > 0 && sentinels.has(UTF8.decode(bytes.subarray(from, to)))) return true;
    if (end - start > TOKEN_MAX_LENGTH) return false;
    const b = bytes[start];
    if (end > start && !(b < 0x30 || b === 0x4e || b === 0x6e || b === 0x55 || b === 0x75)) return false;
    // Compared byte by byte, ASCII letters lowered: a non-ASCII byte matches no token, as with toLowerCase.
    for (const token of TOKEN_BYTES[to - from]) {
      let i = 0;
      while (i < token.length && lowerAscii(bytes[from + i]) === token[i]) i++;
      if (i === token.length) return true;
    }
    return false;
  }
}

function lowerAscii(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
}

/** EUR, USD, GBP or CHF: a number written after its currency, for the SQL typing to read. */
function isCurrencyCode(a: number, b: number, c: number): boolean {
  return (a === 0x45 && b === 0x55 && c === 0x52) || (a === 0x55 && b === 0x53 && c === 0x44) ||
    (a === 0x47 && b === 0x42 && c === 0x50) || (a === 0x43 && b === 0x48 && c === 0x46);
}

/** Scans whole text held in memory (the header included). */
export function scanColumnShapes(bytes: Uint8Array, delimiter: string, columnCount: number, sentinels: Array<Set<string>> = []): ShapeScan {
  const scanner = new ColumnShapeScanner(delimiter.charCodeAt(0), columnCount, sentinels);
  scanner.push(bytes);
  return scanner.finish();
}
