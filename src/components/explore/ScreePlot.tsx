// The scree plot: each eigenvalue as a bar (of principal components or of the correlation matrix behind a
// factor analysis), the Kaiser line at 1 and the cumulative share of variance as a line, drawn with d3 scales.
import { useRef } from 'react';
import { scaleBand, scaleLinear, line } from 'd3';
import { ChartExportButtons } from '../common/ChartExportButtons';

const W = 360, H = 220, M = { top: 12, right: 40, bottom: 28, left: 36 };

export interface ScreePlotProps {
  eigenvalues: ArrayLike<number>;
  /** Each eigenvalue's share of the total variance. */
  shares: ArrayLike<number>;
  /** Accessible name of the chart; its export buttons say "Save the <name> as ...". */
  label?: string;
  name?: string;
  /** What one bar is called in its tooltip: "PC" for a principal component, "#" for a plain eigenvalue. */
  item?: string;
  /** What the caption counts above the Kaiser line. */
  noun?: string;
  /** Bars drawn darker: the factors kept. */
  kept?: number;
}

export function ScreePlot({ eigenvalues, shares, label = 'Scree plot', name = 'scree plot', item = 'PC', noun = 'components', kept = 0 }: ScreePlotProps) {
  const ref = useRef<SVGSVGElement>(null);
  const values = Array.from(eigenvalues);
  const cumulative: number[] = [];
  Array.from(shares).reduce((sum, r) => { cumulative.push(sum + r); return sum + r; }, 0);
  const x = scaleBand<number>().domain(values.map((_, i) => i)).range([M.left, W - M.right]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1.2, ...values)]).nice().range([H - M.bottom, M.top]);
  const yc = scaleLinear().domain([0, 1]).range([H - M.bottom, M.top]);
  const path = line<number>().x((_, i) => (x(i) ?? 0) + x.bandwidth() / 2).y((c) => yc(c))(cumulative) ?? '';
  return (
    <figure style={{ margin: 0 }}>
      <svg ref={ref} width={W} height={H} role="img" aria-label={label}>
        {values.map((v, i) => (
          <rect key={i} x={x(i)} y={y(v)} width={x.bandwidth()} height={y(0) - y(v)} fill={i < kept ? '#2f5bea' : '#7f9cf5'}>
            <title>{`${item}${i + 1}: eigenvalue ${v.toFixed(2)}, ${(shares[i] * 100).toFixed(1)} % of variance`}</title>
          </rect>
        ))}
        <line x1={M.left} x2={W - M.right} y1={y(1)} y2={y(1)} stroke="#b42318" strokeDasharray="4 3" />
        <text x={W - M.right + 2} y={y(1) + 4} fill="#b42318">Kaiser</text>
        <path d={path} fill="none" stroke="#1d2430" strokeWidth={1.5} />
        {values.map((_, i) => <text key={i} x={(x(i) ?? 0) + x.bandwidth() / 2} y={H - 10} textAnchor="middle">{i + 1}</text>)}
        {y.ticks(4).map((t) => <text key={t} x={M.left - 4} y={y(t) + 4} textAnchor="end">{t}</text>)}
        <text x={W - M.right + 2} y={yc(1) + 4}>100 %</text>
      </svg>
      <figcaption className="muted" style={{ fontSize: 12 }}>
        Eigenvalues (bars), Kaiser line at 1, cumulative variance (line).
        {' '}{values.filter((v) => v > 1).length} {noun} above the Kaiser line.
      </figcaption>
      <ChartExportButtons svgRef={ref} name={name} />
    </figure>
  );
}
