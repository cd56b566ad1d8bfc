// Turns the Files the user chose or dropped into load requests, read one at a time as they are loaded.
// Shared by the file button and the drop overlay so both paths behave the same.
import { loadDataFiles } from '../../state/fileActions';

export async function loadUserFiles(files: File[]): Promise<void> {
  await loadDataFiles(files.map((file) => ({ name: file.name, file, read: async () => new Uint8Array(await file.arrayBuffer()) })));
}
