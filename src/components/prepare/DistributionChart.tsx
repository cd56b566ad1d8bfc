// A small d3-scaled chart of one column's distribution: histogram bars for numbers, one bar per level
// for categories. Each bar's title gives its range (or level) and count, for hover and screen readers.
import { scaleLinear } from 'd3';
import type { Distribution } from '../../db/recipePreview';
import { formatNumber } from '../data/formatNumber';

const WIDTH = 180;
const HEIGHT = 40;

/** `note` goes under the chart beside its range: which rows were counted ("sample of 50,200 rows"). */
export function DistributionChart({ distribution, label, note }: { distribution: Distribution; label: string; note?: string }) {
  const { counts } = distribution;
  const max = Math.max(1, ...counts);
  const x = scaleLinear().domain([0, Math.max(1, counts.length)]).range([0, WIDTH]);
  const y = scaleLinear().domain([0, max]).range([0, HEIGHT - 2]);
  const barWidth = Math.max(1, WIDTH / Math.max(1, counts.length) - 1);
  const title = (i: number) => (distribution.kind === 'histogram'
    ? `${formatNumber(distribution.edges[i])} to ${formatNumber(distribution.edges[i + 1])}: ${counts[i].toLocaleString('en')}`
    : `${distribution.labels[i]}: ${counts[i].toLocaleString('en')}`);
  const range = distribution.kind === 'histogram' && distribution.edges.length > 1
    ? `${formatNumber(distribution.edges[0])} to ${formatNumber(distribution.edges[distribution.edges.length - 1])}`
    : distribution.kind === 'levels' ? `${counts.length} levels` : 'no values';
  return (
    <figure className="distribution">
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
        {counts.map((count, i) => (
          <rect key={i} x={x(i)} y={HEIGHT - y(count)} width={barWidth} height={y(count)}>
            <title>{title(i)}</title>
          </rect>
        ))}
      </svg>
      <figcaption>{note ? `${range} · ${note}` : range}</figcaption>
    </figure>
  );
}
