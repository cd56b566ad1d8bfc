// How the map is shown: colour by segment, by a feature or by mixture probability; hidden segments; the
// segment highlighted from the segments table. View state only; the data lives in the run and projection stores.
import { create } from 'zustand';

export type ColorMode = { kind: 'segment' } | { kind: 'feature'; feature: string } | { kind: 'probability' };

interface MapState {
  colorBy: ColorMode;
  /** Segments (0-based) whose points are hidden by the legend toggles. */
  hidden: number[];
  /** The segment (0-based; the noise group is segmentCount) a table row under the pointer highlights, others dimmed. */
  highlighted: number | null;
}

export const useMapStore = create<MapState>(() => ({ colorBy: { kind: 'segment' }, hidden: [], highlighted: null }));

/** Highlights one segment on the map without touching the selection; null ends the highlight. */
export function setHighlightedSegment(highlighted: number | null): void {
  if (useMapStore.getState().highlighted !== highlighted) useMapStore.setState({ highlighted });
}

export function setColorBy(colorBy: ColorMode): void {
  useMapStore.setState({ colorBy });
}

export function toggleSegmentVisibility(segment: number): void {
  useMapStore.setState((s) => ({
    hidden: s.hidden.includes(segment) ? s.hidden.filter((h) => h !== segment) : [...s.hidden, segment].sort((a, b) => a - b),
  }));
}

export function resetMapView(): void {
  useMapStore.setState({ colorBy: { kind: 'segment' }, hidden: [], highlighted: null });
}
