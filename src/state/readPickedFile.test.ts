// A picked file the browser cannot read (moved or deleted since it was chosen) is said, by name, with what
// to do; a readable one gives its bytes unchanged.
import { describe, expect, it } from 'vitest';
import { readPickedFile } from './fileActions';

describe('readPickedFile', () => {
  it('gives the bytes of a readable file', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await readPickedFile({ name: 'a.csv', read: () => Promise.resolve(bytes) })).toBe(bytes);
  });

  it('turns a failed read into a problem that names the file and says what to do', async () => {
    const gone = new Error('A requested file or directory could not be found at the time an operation was processed.');
    const result = await readPickedFile({ name: 'clients.parquet', read: () => Promise.reject(gone) });
    expect(result).not.toBeInstanceOf(Uint8Array);
    expect(result).toEqual({
      message: `clients.parquet could not be read from the disk (${gone.message}); nothing of it was loaded.`,
      hint: 'The file may have been moved, renamed, deleted or changed since it was chosen: choose it again.',
    });
  });
});
