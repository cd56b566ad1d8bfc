// Step 2, "Prepare": which columns become features, with the reason for every column not proposed.
// Missing values are imputed with the column median and features are z-scored, as the panel says.
import { useDatasetStore } from '../../state/datasetStore';
import { toggleFeature, useRecipeStore } from '../../state/recipeStore';

export function PreparePanel() {
  const profiles = useDatasetStore((s) => s.profiles);
  const features = useRecipeStore((s) => s.features);
  const order = profiles.map((p) => p.name);
  const chosen = new Set(features);
  return (
    <section className="panel" aria-labelledby="prepare-heading">
      <h2 id="prepare-heading"><span className="step">2</span> Prepare features</h2>
      <p className="muted">
        {features.length} feature{features.length === 1 ? '' : 's'} chosen. Missing values are replaced by the
        column's median, then every feature is z-scored (mean 0, standard deviation 1) so that no unit dominates.
      </p>
      <div className="features">
        {profiles.map((p) => {
          const numeric = p.kind === 'numeric';
          return (
            <label key={p.name}>
              <input
                type="checkbox"
                checked={chosen.has(p.name)}
                disabled={!numeric}
                onChange={(e) => toggleFeature(p.name, e.target.checked, order)}
              />
              <span>{p.name}</span>
              {!p.featureSuggestion.proposed ? <span className="reason">{p.featureSuggestion.reason}</span> : null}
            </label>
          );
        })}
      </div>
    </section>
  );
}
