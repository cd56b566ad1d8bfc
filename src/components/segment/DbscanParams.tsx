// DBSCAN parameters under scikit-learn's names (eps, min_samples, metric) with the k-distance plot
// that suggests eps.
import { setAlgorithmParams, useRunStore } from '../../state/runStore';
import { ParamField } from './ParamField';
import { ChoiceField } from './ChoiceField';
import { KDistancePlot } from './KDistancePlot';

export function DbscanParams() {
  const p = useRunStore((s) => s.settings.dbscan);
  const set = (patch: Partial<typeof p>) => setAlgorithmParams('dbscan', patch);
  return (
    <>
      <ParamField label="Neighbourhood radius (eps)" value={p.eps} min={0} integer={false}
        help="customers closer than this (in standardised units) are neighbours" onChange={(v) => { if (v > 0) set({ eps: v }); }} />
      <ParamField label="Minimum neighbours (min_samples)" value={p.min_samples} min={1} max={10000}
        help="neighbours (itself included) a customer needs to be at the core of a segment" onChange={(v) => set({ min_samples: v })} />
      <ChoiceField label="Distance (metric)" value={p.metric}
        help="how distance is measured between customers' standardised features"
        choices={[{ value: 'euclidean', text: 'euclidean' }, { value: 'manhattan', text: 'manhattan' }, { value: 'cosine', text: 'cosine' }]}
        onChange={(metric) => set({ metric })} />
      <KDistancePlot />
    </>
  );
}
