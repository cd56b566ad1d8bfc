// HDBSCAN parameters under scikit-learn's names: it finds the number of segments itself and leaves
// customers in no dense region as noise.
import { setAlgorithmParams, useRunStore } from '../../state/runStore';
import { ParamField } from './ParamField';

export function HdbscanParams() {
  const p = useRunStore((s) => s.settings.hdbscan);
  const set = (patch: Partial<typeof p>) => setAlgorithmParams('hdbscan', patch);
  return (
    <>
      <ParamField label="Smallest segment (min_cluster_size)" value={p.min_cluster_size} min={2} max={1_000_000}
        help="groups smaller than this are not segments; they become noise or join a larger one" onChange={(v) => set({ min_cluster_size: v })} />
      <ParamField label="Density neighbours (min_samples)" value={p.min_samples} min={1} max={1_000_000}
        help="larger values make the method more conservative: more customers end up as noise" onChange={(v) => set({ min_samples: v })} />
    </>
  );
}
