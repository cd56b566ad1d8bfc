// The encodings the user chose, by file name, and the bytes of the delimited files read this session:
// a file re-read with another encoding (or re-added, or loaded by another path) keeps the user's choice.
import type { TextEncodingName } from './detectEncoding';

const chosen = new Map<string, TextEncodingName>();
const sources = new Map<string, Uint8Array>();

export function chooseEncoding(fileName: string, encoding: TextEncodingName): void {
  chosen.set(fileName, encoding);
}

/** Back to the guess: the file is read with the encoding its bytes suggest. */
export function forgetEncodingChoice(fileName: string): void {
  chosen.delete(fileName);
}

export function encodingChosenFor(fileName: string): TextEncodingName | undefined {
  return chosen.get(fileName);
}

/** Keeps a reference (no copy) to a file's bytes, so that it can be read again with another encoding. */
export function rememberSource(fileName: string, bytes: Uint8Array): void {
  sources.set(fileName, bytes);
}

export function sourceOf(fileName: string): Uint8Array | undefined {
  return sources.get(fileName);
}
