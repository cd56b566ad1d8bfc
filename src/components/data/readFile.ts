// Turns a File the user chose or dropped into bytes and hands it to the load action.
// Shared by the file button and the drop overlay so both paths behave the same.
import { loadDataset } from '../../state/loadDataset';

export async function loadUserFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  await loadDataset(file.name, bytes);
}
