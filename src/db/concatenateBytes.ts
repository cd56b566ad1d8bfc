// Joins byte chunks into one Uint8Array with a single allocation.
// Used where output is produced in parts (chunked CSV export, generated test and bench files).

export function concatenateBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
