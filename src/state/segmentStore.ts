// Segment names chosen by the analyst, and the current lasso selection on the map.
// Names default to "Segment 1", "Segment 2", ...; the selection is a list of row indices.
import { create } from 'zustand';

interface SegmentState {
  names: string[];
  selection: Int32Array | null;
}

export const useSegmentStore = create<SegmentState>(() => ({ names: [], selection: null }));

export function defaultSegmentNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Segment ${i + 1}`);
}

export function renameSegment(index: number, name: string): void {
  useSegmentStore.setState((s) => {
    const names = s.names.slice();
    names[index] = name;
    return { names };
  });
}

export function setSelection(selection: Int32Array | null): void {
  useSegmentStore.setState({ selection });
}
