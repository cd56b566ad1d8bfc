// The first step of loading delimited text: refuse binary files, settle the encoding (guessed over
// the whole file, or the user's choice) and hand DuckDB UTF-8 bytes, with the reason in words.
import { DataLoadError } from '../dataLoadError';
import { detectEncoding, ENCODING_LABELS, lineOf, type TextEncodingName } from './detectEncoding';
import { transcodeToUtf8 } from './transcodeToUtf8';

export interface DecodedText {
  bytes: Uint8Array;
  encoding: TextEncodingName;
  /** Why this encoding: detected evidence, or "chosen by you". */
  reason: string;
  transcoded: boolean;
  /** Bytes that do not exist in the chosen encoding, shown as U+FFFD. */
  replaced: number;
}

export function decodeCsvText(bytes: Uint8Array, fileName: string, override?: TextEncodingName): DecodedText {
  const guess = override ? null : detectEncoding(bytes);
  const encoding = override ?? guess?.encoding ?? 'utf-8';
  // UTF-16 spells ASCII with NUL bytes: its text is checked once transcoded.
  if (!encoding.startsWith('utf-16')) rejectBinary(bytes, fileName);
  const text = transcodeToUtf8(bytes, encoding, guess?.highByteCounts, guess?.encoding === 'utf-8');
  if (encoding.startsWith('utf-16')) rejectBinary(text.bytes, fileName);
  const reason = guess ? guess.reason : `${ENCODING_LABELS[encoding]}: chosen by you`;
  return { bytes: text.bytes, encoding, reason, transcoded: text.transcoded, replaced: text.replaced };
}

function rejectBinary(bytes: Uint8Array, fileName: string): void {
  const nul = bytes.indexOf(0);
  if (nul < 0) return;
  const line = lineOf(bytes, nul);
  const lineStart = bytes.lastIndexOf(0x0a, nul - 1) + 1;
  throw new DataLoadError({
    file: fileName, line, column: nul - lineStart + 1,
    problem: 'The file contains binary data (a NUL byte), so it is not a CSV text file.',
    hint: 'Choose a CSV export (comma, semicolon or tab separated text), not a spreadsheet or archive.',
  });
}
