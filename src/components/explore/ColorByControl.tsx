// "Colour by": segment, or any feature on a continuous scale with its legend.
// Feature colours are cut at the 2nd and 98th percentiles so extremes do not wash out everyone else.
import { interpolateViridis } from 'd3';
import { useMemo } from 'react';
import { setColorBy, useMapStore } from '../../state/mapStore';
import { useRunStore } from '../../state/runStore';
import { scaleFeatureForColour } from '../../analysis/featureScale';
import { formatNumber } from '../data/formatNumber';

export function ColorByControl() {
  const run = useRunStore((s) => s.run);
  const colorBy = useMapStore((s) => s.colorBy);
  const value = colorBy.kind === 'feature' ? `feature:${colorBy.feature}` : colorBy.kind;
  const scale = useMemo(() => {
    if (!run || colorBy.kind !== 'feature') return null;
    const column = run.features.indexOf(colorBy.feature);
    return column >= 0 ? scaleFeatureForColour(run.featureMatrix, column) : null;
  }, [run, colorBy]);
  if (!run) return null;
  return (
    <div className="color-by">
      <label>
        Colour by{' '}
        <select aria-label="Colour by" value={value} onChange={(e) => {
          const v = e.target.value;
          setColorBy(v.startsWith('feature:') ? { kind: 'feature', feature: v.slice(8) } : v === 'probability' ? { kind: 'probability' } : { kind: 'segment' });
        }}>
          <option value="segment">segment</option>
          {run.result.probability ? <option value="probability">probability of the segment (mixture)</option> : null}
          {run.features.map((f) => <option key={f} value={`feature:${f}`}>{f}</option>)}
        </select>
      </label>
      {colorBy.kind === 'probability' && run.result.probability ? (
        <div className="continuous-legend" aria-label="Colour scale">
          <span>0</span>
          <span className="ramp" style={{ background: `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((t) => interpolateViridis(t)).join(', ')})` }} />
          <span>1</span>
        </div>
      ) : null}
      {scale ? (
        <div className="continuous-legend" aria-label="Colour scale">
          <span>{formatNumber(scale.low)}</span>
          <span className="ramp" style={{ background: `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((t) => interpolateViridis(t)).join(', ')})` }} />
          <span>{formatNumber(scale.high)}</span>
          {scale.missing > 0 ? <span className="muted"> · grey: {scale.missing.toLocaleString('en')} missing</span> : null}
        </div>
      ) : null}
    </div>
  );
}
