// Line endings as DuckDB's reader wants them: CRLF becomes LF (it stops on a file mixing both), and
// in a file that ends its lines with CR alone, lone CRs become LF. A file with no CR is returned as is.

/**
 * `bytes` with CRLF pairs turned into LF. Lone CRs become LF too when they outnumber lone LFs (an old
 * Mac file, where an LF can only sit inside a quoted value); otherwise they are values' own and stay.
 */
export function normaliseLineEndings(bytes: Uint8Array): Uint8Array {
  let at = bytes.indexOf(0x0d);
  if (at < 0) return bytes;
  let loneCr = 0;
  let loneLf = 0;
  for (let i = at; i >= 0; i = bytes.indexOf(0x0d, i + 1)) if (bytes[i + 1] !== 0x0a) loneCr++;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) if (i === 0 || bytes[i - 1] !== 0x0d) loneLf++;
  const crIsNewline = loneCr > loneLf;
  const out = new Uint8Array(bytes.length);
  let written = 0;
  let from = 0;
  for (; at >= 0; at = bytes.indexOf(0x0d, at + 1)) {
    const pair = bytes[at + 1] === 0x0a;
    if (!pair && !crIsNewline) continue;
    out.set(bytes.subarray(from, at), written);
    written += at - from;
    if (!pair) out[written++] = 0x0a;
    from = at + 1;
  }
  out.set(bytes.subarray(from), written);
  written += bytes.length - from;
  return out.subarray(0, written);
}
