// Gaussian mixture parameters under scikit-learn's names, plus the probability below which a customer
// is flagged "uncertain".
import { setAlgorithmParams, useRunStore } from '../../state/runStore';
import { ParamField } from './ParamField';
import { ChoiceField } from './ChoiceField';

export function GmmParams() {
  const p = useRunStore((s) => s.settings.gmm);
  const set = (patch: Partial<typeof p>) => setAlgorithmParams('gmm', patch);
  return (
    <>
      <ParamField label="Number of segments (n_components)" value={p.n_components} min={1} max={50}
        help="how many Gaussian components (segments) the mixture has" onChange={(v) => set({ n_components: v })} />
      <ChoiceField label="Covariance (covariance_type)" value={p.covariance_type}
        help="shape of each segment: full (any ellipse), tied (one shared), diag (axis-aligned), spherical (round)"
        choices={[
          { value: 'full', text: 'full' }, { value: 'tied', text: 'tied' },
          { value: 'diag', text: 'diag' }, { value: 'spherical', text: 'spherical' },
        ]}
        onChange={(covariance_type) => set({ covariance_type })} />
      <ParamField label="Regularisation (reg_covar)" value={p.reg_covar} min={0} integer={false}
        help="added to the covariance diagonals so that no segment collapses onto a point" onChange={(v) => set({ reg_covar: v })} />
      <ParamField label="Max iterations (max_iter)" value={p.max_iter} min={1} max={10000}
        help="upper bound on EM iterations" onChange={(v) => set({ max_iter: v })} />
      <ParamField label="Initialisations (n_init)" value={p.n_init} min={1} max={100}
        help="EM runs from different starts; the most likely result is kept" onChange={(v) => set({ n_init: v })} />
      <ParamField label="Uncertainty threshold" value={p.uncertainty_threshold} min={0} max={1} integer={false}
        help="customers whose most likely segment has a lower probability are flagged uncertain"
        onChange={(v) => set({ uncertainty_threshold: v })} />
    </>
  );
}
