// How many of the selected rows fall in each segment, for the segments table's linked view.
// Noise (-1) is counted under the key -1.

export function selectionBySegment(labels: Int32Array, selection: ArrayLike<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (let r = 0; r < selection.length; r++) {
    const label = labels[selection[r]];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}
