// The factor loadings of every feature (pattern loadings when oblique), |loading| >= 0.4 in bold, each
// feature's communality, and per factor the variance it explains, its share and the running share.
import type { FactorDetails } from '../../workers/projectionJob';

/** Loadings at or above this size are the ones an analyst reads a factor by. */
export const SALIENT_LOADING = 0.4;

export function FactorLoadingsTable({ result, features }: { result: FactorDetails; features: string[] }) {
  const k = result.nFactors;
  const factors = Array.from({ length: k }, (_, j) => j);
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
  return (
    <div style={{ overflowX: 'auto' }}>
      <table aria-label="Factor loadings">
        <thead>
          <tr><th>feature</th>{factors.map((j) => <th key={j}>F{j + 1}</th>)}<th title="communality: the share of the feature's variance the factors explain">h²</th></tr>
        </thead>
        <tbody>
          {features.map((f, i) => (
            <tr key={f}>
              <td>{f}</td>
              {factors.map((j) => {
                const v = result.loadings[i * k + j];
                const salient = Math.abs(v) >= SALIENT_LOADING;
                return <td key={j} data-salient={salient} style={{ fontWeight: salient ? 700 : 400, background: salient ? '#e8eefc' : undefined }}>{v.toFixed(2)}</td>;
              })}
              <td>{result.communalities[i].toFixed(2)}</td>
            </tr>
          ))}
          <tr><td className="muted">variance explained</td>{factors.map((j) => <td key={j} className="muted">{result.varianceExplained[j].toFixed(2)}</td>)}<td /></tr>
          <tr><td className="muted">share of variance</td>{factors.map((j) => <td key={j} className="muted">{pct(result.proportionVariance[j])}</td>)}<td /></tr>
          <tr><td className="muted">cumulative</td>{factors.map((j) => <td key={j} className="muted">{pct(result.cumulativeProportion[j])}</td>)}<td /></tr>
        </tbody>
      </table>
      {result.rotation === 'oblimin' && k > 1 ? (
        <table aria-label="Factor correlations" style={{ marginTop: 8 }}>
          <thead><tr><th>oblimin</th>{factors.map((j) => <th key={j}>F{j + 1}</th>)}</tr></thead>
          <tbody>
            {factors.map((a) => (
              <tr key={a}><td>F{a + 1}</td>{factors.map((b) => <td key={b}>{result.factorCorrelation[a * k + b].toFixed(2)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
