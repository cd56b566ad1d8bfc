// Segment names chosen by the analyst, and the current lasso selection on the map.
// Names default to "Segment 1", "Segment 2", ...; the selection is a list of row indices.
import { create } from 'zustand';

/** Where the current selection was made: on the map itself, or elsewhere (a table row, a tree branch). */
export type SelectionSource = 'map' | 'elsewhere';

interface SegmentState {
  names: string[];
  selection: Int32Array | null;
  selectionSource: SelectionSource;
}

export const useSegmentStore = create<SegmentState>(() => ({ names: [], selection: null, selectionSource: 'map' }));

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

/** Sets the selected rows; a selection made elsewhere is shown on the map too. */
export function setSelection(selection: Int32Array | null, source: SelectionSource = 'map'): void {
  useSegmentStore.setState({ selection, selectionSource: source });
}

/** Selects every customer of one segment (from the segments table or the legend). */
export function selectSegment(labels: Int32Array, segment: number): void {
  const rows: number[] = [];
  for (let i = 0; i < labels.length; i++) if (labels[i] === segment) rows.push(i);
  setSelection(Int32Array.from(rows), 'elsewhere');
}
