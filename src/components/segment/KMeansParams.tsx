// k-means parameters under scikit-learn's names: n_clusters, n_init, max_iter, tol, and the variant
// (Lloyd, Hamerly, or mini-batch for very large tables).
import { setAlgorithmParams, useRunStore } from '../../state/runStore';
import { ParamField } from './ParamField';
import { ChoiceField } from './ChoiceField';

export function KMeansParams() {
  const p = useRunStore((s) => s.settings.kmeans);
  const set = (patch: Partial<typeof p>) => setAlgorithmParams('kmeans', patch);
  return (
    <>
      <ParamField label="Number of segments (n_clusters)" value={p.n_clusters} min={2} max={50}
        help="how many segments k-means makes" onChange={(v) => set({ n_clusters: v })} />
      <ParamField label="Initialisations (n_init)" value={p.n_init} min={1} max={1000}
        help="runs from different starts; the tightest result is kept" onChange={(v) => set({ n_init: v })} />
      <ParamField label="Max iterations (max_iter)" value={p.max_iter} min={1} max={10000}
        help="upper bound on the iterations of each run" onChange={(v) => set({ max_iter: v })} />
      <ParamField label="Tolerance (tol)" value={p.tol} min={0} integer={false}
        help="stop when centres move less than this, relative to the data's variance" onChange={(v) => set({ tol: v })} />
      <ChoiceField label="Variant (algorithm)" value={p.algorithm}
        help="Lloyd and Hamerly give the same segments (Hamerly skips distances); mini-batch is for very large tables"
        choices={[
          { value: 'lloyd', text: 'lloyd' },
          { value: 'hamerly', text: 'hamerly' },
          { value: 'minibatch', text: 'mini-batch' },
        ]}
        onChange={(algorithm) => set({ algorithm })} />
      {p.algorithm === 'minibatch' ? (
        <ParamField label="Batch size (batch_size)" value={p.batch_size} min={16} max={1_000_000}
          help="customers drawn per step; larger is steadier and slower" onChange={(v) => set({ batch_size: v })} />
      ) : null}
    </>
  );
}
