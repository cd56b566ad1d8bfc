// Step 2, "Prepare": the recipe. Per column its role and kind; per feature its steps (imputation,
// outliers, transform, scaling or encoding, weight) with its distribution before and after, live.
import { useDatasetStore } from '../../state/datasetStore';
import { useRecipeStore } from '../../state/recipeStore';
import { ColumnRecipeRow } from './ColumnRecipeRow';
import { RecipeActions } from './RecipeActions';
import './recipe.css';

export function PreparePanel() {
  const profiles = useDatasetStore((s) => s.profiles);
  const recipe = useRecipeStore((s) => s.recipe);
  const features = useRecipeStore((s) => s.features);
  const byName = new Map(profiles.map((p) => [p.name, p]));
  return (
    <section className="panel" aria-labelledby="prepare-heading">
      <h2 id="prepare-heading"><span className="step">2</span> Prepare features</h2>
      <p className="muted">
        {features.length} feature column{features.length === 1 ? '' : 's'} chosen. Each feature's steps run in order: fill missing
        values, tame outliers, transform, scale, then multiply by its weight. The model sees exactly the "after" values.
      </p>
      <RecipeActions />
      <div className="recipe-columns">
        {(recipe?.columns ?? []).map((step) => <ColumnRecipeRow key={step.column} step={step} profile={byName.get(step.column)} />)}
      </div>
    </section>
  );
}
