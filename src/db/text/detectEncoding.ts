// Guesses a file's text encoding from ALL its bytes (a real export may hold its only accent 3 MB in):
// byte-order marks, then strict UTF-8, then the single-byte set whose reading of the high bytes makes words.
import { HIGH_CHARACTERS, type SingleByteEncoding } from './singleByteCharsets';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | SingleByteEncoding;

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  'iso-8859-1': 'ISO-8859-1 (Latin-1)',
  macintosh: 'Mac Roman',
};

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Why, in words: "Windows-1252: bytes 0x80-0x9F such as € at line 120000". */
  reason: string;
  /** Occurrences of each byte value 0x80-0xFF (single-byte encodings only; sizes the UTF-8 output). */
  highByteCounts?: Float64Array;
}

const SINGLE_BYTE: SingleByteEncoding[] = ['windows-1252', 'iso-8859-1', 'macintosh'];
/** Punctuation that sits between letters in real text (l’été, c–d), so it is no evidence against a reading. */
const WORD_PUNCTUATION = /[\u00a0\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u00b7\u00ab\u00bb]/;

export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', reason: 'UTF-8: the file starts with a UTF-8 byte-order mark' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', reason: 'UTF-16 LE: the file starts with the byte-order mark FF FE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', reason: 'UTF-16 BE: the file starts with the byte-order mark FE FF' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { encoding: utf16, reason: `${ENCODING_LABELS[utf16]}: no byte-order mark, but every other byte is NUL as in UTF-16 text` };

  // Everything before the first high byte is ASCII, so valid UTF-8: a plain ASCII file needs no second pass.
  const firstHigh = firstHighByte(bytes, 0);
  const bad = firstHigh < bytes.length ? firstInvalidUtf8(bytes, firstHigh) : -1;
  if (bad < 0) {
    return { encoding: 'utf-8', reason: firstHigh < bytes.length ? 'UTF-8: every byte sequence in the file is valid UTF-8' : 'UTF-8: the file is plain ASCII' };
  }
  const counts = countHighBytes(bytes);
  const scores = SINGLE_BYTE.map((encoding) => score(HIGH_CHARACTERS[encoding], counts));
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  let encoding = SINGLE_BYTE[best];
  const c1 = firstInRange(bytes, 0x80, 0x9f);
  // Without a byte in 0x80-0x9F, Windows-1252 and Latin-1 read the same; the narrower name is the honest one.
  if (encoding === 'windows-1252' && c1 < 0) encoding = 'iso-8859-1';
  const where = (offset: number) => `line ${lineOf(bytes, offset)}`;
  const shown = (offset: number, set: SingleByteEncoding) => `${HIGH_CHARACTERS[set][bytes[offset] - 0x80]} (0x${bytes[offset].toString(16).toUpperCase()})`;
  let reason: string;
  if (encoding === 'windows-1252') reason = `Windows-1252: bytes 0x80-0x9F such as ${shown(c1, encoding)} at ${where(c1)}`;
  else if (encoding === 'macintosh') {
    const first = firstInRange(bytes, 0x80, 0xff);
    reason = `Mac Roman: accented letters such as ${shown(first, encoding)} at ${where(first)} make words only in Mac Roman`;
  } else reason = `ISO-8859-1: not UTF-8 (byte 0x${bytes[bad].toString(16).toUpperCase()} at ${where(bad)}) and no byte in 0x80-0x9F`;
  return { encoding, reason, highByteCounts: counts.total };
}

interface HighByteCounts {
  total: Float64Array;
  /** Occurrences right after a lowercase ASCII letter (an uppercase letter there is unlikely). */
  afterLower: Float64Array;
  /** Occurrences next to an ASCII letter (a symbol there is unlikely). */
  nearLetter: Float64Array;
}

function countHighBytes(bytes: Uint8Array): HighByteCounts {
  const total = new Float64Array(128);
  const afterLower = new Float64Array(128);
  const nearLetter = new Float64Array(128);
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const k = b - 0x80;
    total[k]++;
    const prev = i > 0 ? bytes[i - 1] | 0x20 : 0;
    const next = i + 1 < n ? bytes[i + 1] | 0x20 : 0;
    if (i > 0 && bytes[i - 1] >= 0x61 && bytes[i - 1] <= 0x7a) afterLower[k]++;
    if ((prev >= 0x61 && prev <= 0x7a) || (next >= 0x61 && next <= 0x7a)) nearLetter[k]++;
  }
  return { total, afterLower, nearLetter };
}

/** How well a reading of the high bytes looks like words: letters count for it, controls and odd symbols against. */
function score(characters: string, { total, afterLower, nearLetter }: HighByteCounts): number {
  let sum = 0;
  for (let k = 0; k < 128; k++) {
    if (total[k] === 0) continue;
    const ch = characters[k];
    const code = ch.charCodeAt(0);
    if (code >= 0x80 && code <= 0x9f) sum -= 5 * total[k];
    else if (/\p{Ll}/u.test(ch)) sum += total[k];
    // A capital touching no letter ("12,50 Ä" for Windows-1252's €) is no word: only capitals within words count.
    else if (/\p{Lu}/u.test(ch)) sum += nearLetter[k] - 2 * afterLower[k];
    else if (!WORD_PUNCTUATION.test(ch)) sum -= nearLetter[k];
  }
  return sum;
}

/** UTF-16 without a byte-order mark: NUL bytes in the first kilobytes sit almost all at odd (LE) or even (BE) offsets. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = end / 2;
  // A handful of bytes proves nothing (a short binary file has NULs too).
  if (pairs < 16) return null;
  if (odd > 0.4 * pairs && even < 0.05 * pairs) return 'utf-16le';
  if (even > 0.4 * pairs && odd < 0.05 * pairs) return 'utf-16be';
  return null;
}

/** Offset of the first byte >= 0x80 at or after `from` (bytes.length when none). */
export function firstHighByte(bytes: Uint8Array, from: number): number {
  const words = wordsOf(bytes);
  let i = from;
  while (i < bytes.length && bytes[i] < 0x80) i = pastAscii(words, i);
  return i;
}

function firstInRange(bytes: Uint8Array, lo: number, hi: number): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= lo && bytes[i] <= hi) return i;
  return -1;
}

/** The bytes as aligned 32-bit words, from the first aligned offset (`base`). */
function wordsOf(bytes: Uint8Array): { base: number; words: Uint32Array } {
  const base = Math.min((4 - (bytes.byteOffset & 3)) & 3, bytes.length);
  return { base, words: new Uint32Array(bytes.buffer, bytes.byteOffset + base, (bytes.length - base) >>> 2) };
}

/**
 * For an ASCII byte at i, the next offset to look at: past every aligned all-ASCII word from i, else i + 1.
 * Whole-file checks spend their time in ASCII; four bytes at a time skip it fast.
 */
function pastAscii({ base, words }: { base: number; words: Uint32Array }, i: number): number {
  const k = i - base;
  if (k < 0 || (k & 3) !== 0) return i + 1;
  let w = k >>> 2;
  // Four words per test first: one branch per 16 ASCII bytes.
  while (w + 3 < words.length && ((words[w] | words[w + 1] | words[w + 2] | words[w + 3]) & 0x80808080) === 0) w += 4;
  while (w < words.length && (words[w] & 0x80808080) === 0) w++;
  return Math.max(i + 1, base + w * 4);
}

/** 1-based line of a byte offset (LF-counted). */
export function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at >= 0 && at < offset; at = bytes.indexOf(0x0a, at + 1)) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the whole file is valid UTF-8 (`from`: where a sequence starts, all valid before). */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const end = bytes.length;
  let i = from;
  const words = wordsOf(bytes);
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i = pastAscii(words, i);
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > end) return i;
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
