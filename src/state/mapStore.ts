// How the map is shown: colour by segment, by a feature or by mixture probability; hidden segments.
// View state only; the data it draws lives in the run and projection stores.
import { create } from 'zustand';

export type ColorMode = { kind: 'segment' } | { kind: 'feature'; feature: string } | { kind: 'probability' };

interface MapState {
  colorBy: ColorMode;
  /** Segments (0-based) whose points are hidden by the legend toggles. */
  hidden: number[];
}

export const useMapStore = create<MapState>(() => ({ colorBy: { kind: 'segment' }, hidden: [] }));

export function setColorBy(colorBy: ColorMode): void {
  useMapStore.setState({ colorBy });
}

export function toggleSegmentVisibility(segment: number): void {
  useMapStore.setState((s) => ({
    hidden: s.hidden.includes(segment) ? s.hidden.filter((h) => h !== segment) : [...s.hidden, segment].sort((a, b) => a - b),
  }));
}

export function resetMapView(): void {
  useMapStore.setState({ colorBy: { kind: 'segment' }, hidden: [] });
}
