// The scree plot: each principal component's eigenvalue as a bar, the Kaiser line at 1 and the
// cumulative share of variance as a line, drawn with d3 scales.
import { useRef } from 'react';
import { scaleBand, scaleLinear, line } from 'd3';
import { ChartExportButtons } from '../common/ChartExportButtons';
import type { PcaDetails } from '../../workers/projectionJob';

const W = 360, H = 220, M = { top: 12, right: 40, bottom: 28, left: 36 };

export function ScreePlot({ pca }: { pca: PcaDetails }) {
  const ref = useRef<SVGSVGElement>(null);
  const values = Array.from(pca.explainedVariance);
  const cumulative: number[] = [];
  Array.from(pca.explainedVarianceRatio).reduce((sum, r) => { cumulative.push(sum + r); return sum + r; }, 0);
  const x = scaleBand<number>().domain(values.map((_, i) => i)).range([M.left, W - M.right]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1.2, ...values)]).nice().range([H - M.bottom, M.top]);
  const yc = scaleLinear().domain([0, 1]).range([H - M.bottom, M.top]);
  const path = line<number>().x((_, i) => (x(i) ?? 0) + x.bandwidth() / 2).y((c) => yc(c))(cumulative) ?? '';
  return (
    <figure style={{ margin: 0 }}>
      <svg ref={ref} width={W} height={H} role="img" aria-label="Scree plot">
        {values.map((v, i) => (
          <rect key={i} x={x(i)} y={y(v)} width={x.bandwidth()} height={y(0) - y(v)} fill="#7f9cf5">
            <title>{`PC${i + 1}: eigenvalue ${v.toFixed(2)}, ${(pca.explainedVarianceRatio[i] * 100).toFixed(1)} % of variance`}</title>
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
        {' '}{values.filter((v) => v > 1).length} components above the Kaiser line.
      </figcaption>
      <ChartExportButtons svgRef={ref} name="scree plot" />
    </figure>
  );
}
