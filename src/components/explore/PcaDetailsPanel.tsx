// PCA in full: the scree plot, the loadings of every feature on every component, and the biplot.
// Shown once the PCA projection has been computed for the current run.
import { useProjectionStore } from '../../state/projectionStore';
import { useRunStore } from '../../state/runStore';
import { ScreePlot } from './ScreePlot';
import { Biplot } from './Biplot';

export function PcaDetailsPanel() {
  const pca = useProjectionStore((s) => s.results.pca?.pca ?? null);
  const features = useRunStore((s) => s.run?.features ?? []);
  if (!pca) return null;
  const d = features.length;
  const k = pca.explainedVariance.length;
  return (
    <div className="pca-details">
      <div>
        <ScreePlot eigenvalues={pca.explainedVariance} shares={pca.explainedVarianceRatio} />
        <Biplot pca={pca} features={features} />
      </div>
      <div style={{ overflowX: 'auto' }}>
        <table aria-label="PCA loadings">
          <thead>
            <tr><th>feature</th>{Array.from({ length: k }, (_, c) => <th key={c}>PC{c + 1}</th>)}</tr>
          </thead>
          <tbody>
            {features.map((f, j) => (
              <tr key={f}>
                <td>{f}</td>
                {Array.from({ length: k }, (_, c) => {
                  const v = pca.components[c * d + j];
                  return <td key={c} style={{ fontWeight: Math.abs(v) >= 0.4 ? 700 : 400 }}>{v.toFixed(2)}</td>;
                })}
              </tr>
            ))}
            <tr><td className="muted">variance</td>{Array.from(pca.explainedVarianceRatio, (r, c) => <td key={c} className="muted">{(r * 100).toFixed(1)} %</td>)}</tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
