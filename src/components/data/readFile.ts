// Turns the Files the user chose or dropped into bytes and hands them to the load action, one after the other.
// Shared by the file button and the drop overlay so both paths behave the same.
import { loadDataset } from '../../state/loadDataset';

export async function loadUserFiles(files: Iterable<File>): Promise<void> {
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    await loadDataset(file.name, bytes);
  }
}
