// Rewrites whitespace-aligned text (columns padded with spaces, as reports print them) as
// tab-separated text, so that DuckDB's reader can split it: each run of spaces becomes one tab.

export function alignedToTabs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let o = 0;
  let lineStart = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20) {
      // Leading spaces are padding; a run inside a line is one separator; trailing ones go with the newline.
      if (lineStart) continue;
      let j = i;
      while (j < bytes.length && bytes[j] === 0x20) j++;
      if (j < bytes.length && bytes[j] !== 0x0a) out[o++] = 0x09;
      i = j - 1;
      continue;
    }
    out[o++] = b;
    lineStart = b === 0x0a;
  }
  return out.subarray(0, o);
}
