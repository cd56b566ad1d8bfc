// Turns file bytes in a detected or chosen encoding into UTF-8 for DuckDB's reader, which knows only
// UTF-8: single-byte sets table-driven in one pass into a preallocated buffer; valid UTF-8 untouched.
import { utf8TableOf, type SingleByteEncoding } from './singleByteCharsets';
import { firstInvalidUtf8, type TextEncodingName } from './detectEncoding';

export interface Utf8Text {
  /** UTF-8 bytes; the very input array when it needed no change (no copy made). */
  bytes: Uint8Array;
  transcoded: boolean;
  /** Bytes that could not be read in the chosen encoding, replaced by U+FFFD (reported, never hidden). */
  replaced: number;
}

/** `knownValid`: detection already found the whole file valid UTF-8 (skips a second check). */
export function transcodeToUtf8(bytes: Uint8Array, encoding: TextEncodingName, highByteCounts?: Float64Array, knownValid = false): Utf8Text {
  switch (encoding) {
    case 'utf-8':
      return utf8AsIs(bytes, knownValid);
    case 'utf-16le':
    case 'utf-16be': {
      const text = new TextDecoder(encoding).decode(bytes);
      return { bytes: new TextEncoder().encode(text), transcoded: true, replaced: countReplacements(text) };
    }
    default:
      return { bytes: transcodeSingleByte(bytes, encoding, highByteCounts), transcoded: true, replaced: 0 };
  }
}

/** Single-byte text to UTF-8; `highByteCounts` (from detection) sizes the output without a counting pass. */
export function transcodeSingleByte(bytes: Uint8Array, encoding: SingleByteEncoding, highByteCounts?: Float64Array): Uint8Array {
  const { bytes: table, lengths } = utf8TableOf(encoding);
  const n = bytes.length;
  let size = n;
  if (highByteCounts) {
    for (let k = 0; k < 128; k++) size += highByteCounts[k] * (lengths[k] - 1);
  } else {
    for (let i = 0; i < n; i++) if (bytes[i] >= 0x80) size += lengths[bytes[i] - 0x80] - 1;
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      out[o++] = b;
      continue;
    }
    const k = b - 0x80;
    const at = k * 4;
    out[o++] = table[at];
    out[o++] = table[at + 1];
    if (lengths[k] === 3) out[o++] = table[at + 2];
  }
  return out;
}

/** Valid UTF-8 passes through as is; invalid bytes (a forced UTF-8 reading) become U+FFFD and are counted. */
function utf8AsIs(bytes: Uint8Array, knownValid: boolean): Utf8Text {
  if (knownValid || firstInvalidUtf8(bytes) < 0) return { bytes, transcoded: false, replaced: 0 };
  const text = new TextDecoder('utf-8').decode(bytes);
  return { bytes: new TextEncoder().encode(text), transcoded: true, replaced: countReplacements(text) };
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) count++;
  return count;
}
