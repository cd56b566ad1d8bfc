// The biplot's feature arrows: each feature's loading on the first two components, so the map's axes
// can be read ("right = big spenders"). Drawn with d3 scales on a fixed square.
import { useRef } from 'react';
import { scaleLinear } from 'd3';
import { ChartExportButtons } from '../common/ChartExportButtons';
import type { PcaDetails } from '../../workers/projectionJob';

const S = 300, PAD = 40;

export function Biplot({ pca, features }: { pca: PcaDetails; features: string[] }) {
  const ref = useRef<SVGSVGElement>(null);
  const d = features.length;
  const twoD = pca.explainedVariance.length > 1;
  const extent = Math.max(0.1, ...features.map((_, j) => Math.max(Math.abs(pca.components[j]), twoD ? Math.abs(pca.components[d + j]) : 0)));
  const x = scaleLinear().domain([-extent, extent]).range([PAD, S - PAD]);
  const y = scaleLinear().domain([-extent, extent]).range([S - PAD, PAD]);
  return (
    <figure style={{ margin: '12px 0 0' }}>
      <svg ref={ref} width={S} height={S} role="img" aria-label="Biplot of feature loadings">
        <line x1={x(-extent)} x2={x(extent)} y1={y(0)} y2={y(0)} stroke="#dfe3ea" />
        <line x1={x(0)} x2={x(0)} y1={y(-extent)} y2={y(extent)} stroke="#dfe3ea" />
        {features.map((f, j) => {
          const px = pca.components[j], py = twoD ? pca.components[d + j] : 0;
          return (
            <g key={f}>
              <line x1={x(0)} y1={y(0)} x2={x(px)} y2={y(py)} stroke="#2f5bea" strokeWidth={1.5} />
              <text x={x(px)} y={y(py)} dx={px >= 0 ? 3 : -3} textAnchor={px >= 0 ? 'start' : 'end'} fontSize={10}>{f}</text>
            </g>
          );
        })}
        <text x={S - PAD} y={y(0) - 4} textAnchor="end" fill="#5d6776">PC1</text>
        <text x={x(0) + 4} y={PAD - 6} fill="#5d6776">PC2</text>
      </svg>
      <ChartExportButtons svgRef={ref} name="biplot" />
    </figure>
  );
}
