// A small histogram of a numeric column, bins counted by DuckDB, scales by d3.
// Each bar's title gives its range and count for hover and screen readers.
import { scaleLinear } from 'd3';
import { formatNumber } from './formatNumber';

interface Histogram { edges: number[]; counts: number[] }

const WIDTH = 200;
const HEIGHT = 44;

export function ColumnHistogram({ histogram, label }: { histogram: Histogram; label: string }) {
  const { edges, counts } = histogram;
  const max = Math.max(1, ...counts);
  const x = scaleLinear().domain([0, counts.length]).range([0, WIDTH]);
  const y = scaleLinear().domain([0, max]).range([0, HEIGHT - 2]);
  const barWidth = Math.max(1, WIDTH / counts.length - 1);
  return (
    <svg className="histogram" width={WIDTH} height={HEIGHT} role="img" aria-label={`Histogram of ${label}`}>
      {counts.map((count, i) => (
        <rect key={i} x={x(i)} y={HEIGHT - y(count)} width={barWidth} height={y(count)}>
          <title>{`${formatNumber(edges[i])} to ${formatNumber(edges[i + 1])}: ${count.toLocaleString('en')}`}</title>
        </rect>
      ))}
    </svg>
  );
}
