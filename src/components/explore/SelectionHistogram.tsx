// One feature's distribution in the selection (blue) against everyone (grey), as shares per bin,
// so a selection's profile can be read at a glance. Scales by d3; bins over the 2nd-98th percentiles
// (of `rangeSample`, a sample of the rows on big tables: sorting a million values per feature would stall the page).
import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import type { Matrix } from '../../analysis/matrix';
import { featureHistogram } from '../../analysis/featureHistogram';
import { scaleFeatureForColour } from '../../analysis/featureScale';

const W = 130, H = 26, BINS = 16;

interface Props { features: Matrix; rangeSample: Matrix; column: number; selection: Int32Array; label: string }

export function SelectionHistogram({ features, rangeSample, column, selection, label }: Props) {
  // Everyone's bins depend on the feature alone; only the selection's are counted again when it changes.
  const everyone = useMemo(() => {
    const { low, high } = scaleFeatureForColour(rangeSample, column);
    return { low, high, histogram: featureHistogram(features, column, BINS, low, high) };
  }, [features, rangeSample, column]);
  const bars = useMemo(() => {
    const { low, high, histogram: all } = everyone;
    const chosen = featureHistogram(features, column, BINS, low, high, selection);
    const share = (c: number, h: typeof all) => (h.total - h.missing > 0 ? c / (h.total - h.missing) : 0);
    return Array.from(all.counts, (c, i) => ({ all: share(c, all), chosen: share(chosen.counts[i], chosen) }));
  }, [features, column, selection, everyone]);
  const max = Math.max(0.01, ...bars.map((b) => Math.max(b.all, b.chosen)));
  const y = scaleLinear().domain([0, max]).range([0, H]);
  const w = W / BINS;
  return (
    <svg width={W} height={H} role="img" aria-label={`Distribution of ${label}: selection against everyone`}>
      {bars.map((b, i) => (
        <g key={i}>
          <rect x={i * w} y={H - y(b.all)} width={w - 1} height={y(b.all)} fill="#c9ced8" />
          <rect x={i * w + w * 0.25} y={H - y(b.chosen)} width={w * 0.5} height={y(b.chosen)} fill="#2f5bea" />
        </g>
      ))}
    </svg>
  );
}
