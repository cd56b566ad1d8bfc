// Copies file bytes with Windows line endings (CRLF) turned into LF: DuckDB's CSV reader stops with
// "invalid state" on a file that mixes both, which files edited in several tools often do.

/** A copy of `bytes` where every CR directly followed by LF is dropped; lone CRs are kept. */
export function copyWithLfLineEndings(bytes: Uint8Array): Uint8Array {
  let at = bytes.indexOf(0x0d);
  if (at < 0) return bytes.slice();
  const out = new Uint8Array(bytes.length);
  let written = 0;
  let from = 0;
  for (; at >= 0; at = bytes.indexOf(0x0d, at + 1)) {
    if (bytes[at + 1] !== 0x0a) continue;
    out.set(bytes.subarray(from, at), written);
    written += at - from;
    from = at + 1;
  }
  out.set(bytes.subarray(from), written);
  written += bytes.length - from;
  return out.subarray(0, written);
}
