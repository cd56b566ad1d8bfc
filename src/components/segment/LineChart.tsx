// A small d3 line chart (scales and path from d3, drawn as React SVG) with an optional marked point,
// used for the k-distance curve and the k-sweep criteria.
import { useRef } from 'react';
import { extent, line, scaleLinear } from 'd3';
import { ChartExportButtons } from '../common/ChartExportButtons';

interface LineChartProps {
  title: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  xLabel: string;
  yLabel: string;
  /** x of the point to mark (for instance the knee), with what it means. */
  mark?: { x: number; text: string } | null;
  /** Draw dots at each point (the sweep has few points; the k-distance curve many). */
  dots?: boolean;
  width?: number;
  height?: number;
}

const MARGIN = { top: 22, right: 12, bottom: 34, left: 52 };

export function LineChart({ title, xs, ys, xLabel, yLabel, mark, dots = false, width = 300, height = 190 }: LineChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const points: [number, number][] = [];
  for (let i = 0; i < xs.length; i++) if (Number.isFinite(ys[i])) points.push([xs[i], ys[i]]);
  const [x0, x1] = extent(points, (p) => p[0]);
  const [y0, y1] = extent(points, (p) => p[1]);
  const x = scaleLinear().domain([x0 ?? 0, x1 ?? 1]).range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear().domain([y0 ?? 0, y1 ?? 1]).nice().range([height - MARGIN.bottom, MARGIN.top]);
  const path = line<[number, number]>().x((p) => x(p[0])).y((p) => y(p[1]))(points) ?? '';
  const marked = mark ? points.reduce<[number, number] | null>((best, p) =>
    best === null || Math.abs(p[0] - mark.x) < Math.abs(best[0] - mark.x) ? p : best, null) : null;
  const format = y.tickFormat(4);
  return (
    <figure className="chart">
      <svg ref={svgRef} width={width} height={height} role="img" aria-label={`${title}${mark ? `; ${mark.text}` : ''}`}>
        <text x={MARGIN.left} y={14} className="chart-title">{title}</text>
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} className="chart-grid" />
            <text x={MARGIN.left - 6} y={y(t) + 4} textAnchor="end" className="chart-tick">{format(t)}</text>
          </g>
        ))}
        {x.ticks(6).map((t) => (
          <text key={t} x={x(t)} y={height - MARGIN.bottom + 14} textAnchor="middle" className="chart-tick">{x.tickFormat(6)(t)}</text>
        ))}
        <text x={(MARGIN.left + width - MARGIN.right) / 2} y={height - 4} textAnchor="middle" className="chart-axis">{xLabel}</text>
        <text transform={`translate(12 ${(MARGIN.top + height - MARGIN.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="chart-axis">{yLabel}</text>
        <path d={path} className="chart-line" />
        {dots ? points.map((p) => <circle key={p[0]} cx={x(p[0])} cy={y(p[1])} r={3} className="chart-dot" />) : null}
        {marked ? (
          <g>
            <line x1={x(marked[0])} x2={x(marked[0])} y1={MARGIN.top} y2={height - MARGIN.bottom} className="chart-mark-line" />
            <circle cx={x(marked[0])} cy={y(marked[1])} r={5} className="chart-mark" />
          </g>
        ) : null}
      </svg>
      {mark ? <figcaption className="muted">{mark.text}</figcaption> : null}
      <ChartExportButtons svgRef={svgRef} name={`${title} chart`} />
    </figure>
  );
}
