// The single-byte character sets a CSV export may come in, as the characters of bytes 0x80-0xFF:
// tables drive both the encoding guess (which reading makes words) and the transcoding to UTF-8.

export type SingleByteEncoding = 'windows-1252' | 'iso-8859-1' | 'macintosh';

const LATIN1_HIGH = Array.from({ length: 128 }, (_, i) => String.fromCharCode(0x80 + i)).join('');
/** Windows-1252: Latin-1 except 0x80-0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ (five bytes unassigned, kept as C1 controls like the WHATWG decoder). */
const WINDOWS_1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const MAC_ROMAN_HIGH = 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** The 128 characters of bytes 0x80-0xFF in each encoding. */
export const HIGH_CHARACTERS: Record<SingleByteEncoding, string> = {
  'windows-1252': WINDOWS_1252_C1 + LATIN1_HIGH.slice(32),
  'iso-8859-1': LATIN1_HIGH,
  macintosh: MAC_ROMAN_HIGH,
};

/** UTF-8 bytes of each high character: 4 slots per byte value, with its length apart. */
export interface Utf8Table {
  bytes: Uint8Array;
  lengths: Uint8Array;
}

const utf8Tables = new Map<SingleByteEncoding, Utf8Table>();

export function utf8TableOf(encoding: SingleByteEncoding): Utf8Table {
  let table = utf8Tables.get(encoding);
  if (!table) {
    const encoder = new TextEncoder();
    table = { bytes: new Uint8Array(128 * 4), lengths: new Uint8Array(128) };
    const characters = HIGH_CHARACTERS[encoding];
    for (let i = 0; i < 128; i++) {
      const encoded = encoder.encode(characters[i]);
      table.bytes.set(encoded, i * 4);
      table.lengths[i] = encoded.length;
    }
    utf8Tables.set(encoding, table);
  }
  return table;
}
