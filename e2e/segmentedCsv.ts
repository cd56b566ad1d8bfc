// A generated customer CSV of any size with six well-separated groups, written to a temporary file:
// the big-data browser tests load it as a person would pick a file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `rows` customers (id and four numeric columns, seeded) and returns the file's path. */
export function writeSegmentedCsv(rows: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'audience-lab-big-'));
  let state = 2024;
  const next = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state / 2 ** 32; };
  const chunks: string[] = ['customer_id,visits,spend,recency,basket\n'];
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const g = i % 6;
    const v = (centre: number, spread: number) => (centre + spread * (next() + next() + next() - 1.5)).toFixed(2);
    lines.push(`C${i},${v(g * 4, 3)},${v((g % 3) * 50, 30)},${v(((g * 7) % 6) * 10, 8)},${v((g % 2) * 20, 10)}`);
    if (lines.length === 100_000) { chunks.push(lines.join('\n') + '\n'); lines = []; }
  }
  if (lines.length > 0) chunks.push(lines.join('\n') + '\n');
  const path = join(dir, `customers-${rows}.csv`);
  writeFileSync(path, chunks.join(''));
  return path;
}
