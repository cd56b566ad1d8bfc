// Writes the deterministic ugly files the tests use to a folder, to open them in the app by hand:
// `npx tsx scripts/make-ugly-files.ts [folder]` (default ugly-files/). Same seeds, same bytes, every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeText, frenchCrmExport, makeUglyDialect, makeUglyTable, writeDelimited } from '../src/db/uglyFiles';

const folder = process.argv[2] ?? 'ugly-files';
mkdirSync(folder, { recursive: true });
const write = (name: string, bytes: Uint8Array) => {
  writeFileSync(join(folder, name), bytes);
  console.log(`${name}\t${bytes.length} bytes`);
};

write('french-crm-windows-1252.csv', frenchCrmExport().bytes);
write('excel-unicode-text-utf16.txt', encodeText('nom\tville\tmontant\r\nZoë\tSaint-Étienne\t12,50\r\nRené\tNîmes\t3,25\r\n', 'utf-16le', true));
write('quoted-whole-lines.csv', encodeText('"id;city"\r\n"1;Paris"\r\n"2;Lyon"\r\n', 'utf-8'));
write('aligned-report.txt', encodeText('id    city      spend\n1     Paris     10.5\n22    Lyon      7\n', 'utf-8'));
for (let seed = 1; seed <= 24; seed++) {
  const dialect = makeUglyDialect(seed);
  const table = makeUglyTable(seed, 60 + seed * 3);
  write(`ugly-${String(seed).padStart(2, '0')}-${dialect.encoding}.csv`, encodeText(writeDelimited(table, dialect), dialect.encoding, dialect.bom));
}
