// One column of the recipe: feature tick, role and kind, the step controls of a feature, the fitted
// constants, and its distribution before and after its steps (recounted on a sample as controls change).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ColumnProfile } from '../../db/profileDataset';
import type { ColumnRecipe, ColumnRole, FittedColumn, RecipeKind } from '../../analysis/recipe/recipe';
import { fetchColumnPreview } from '../../state/recipeFeatures';
import { toggleFeature, updateColumn } from '../../state/recipeStore';
import { useDatasetStore } from '../../state/datasetStore';
import { formatNumber } from '../data/formatNumber';
import { ColumnSteps } from './ColumnSteps';
import { DistributionChart } from './DistributionChart';

const ROLES: Array<[ColumnRole, string]> = [['feature', 'feature'], ['identifier', 'identifier'], ['shown', 'shown only'], ['ignored', 'ignored']];
const KINDS: Array<[RecipeKind, string]> = [['numeric', 'numeric'], ['categorical', 'categorical'], ['date', 'date'], ['identifier', 'identifier'], ['text', 'free text']];

export function ColumnRecipeRow({ step, profile }: { step: ColumnRecipe; profile: ColumnProfile | undefined }) {
  const version = useDatasetStore((s) => s.version);
  const name = step.column;
  const usable = step.kind === 'numeric' || step.kind === 'date' || step.kind === 'categorical';
  const preview = useQuery({
    queryKey: ['recipePreview', version, JSON.stringify(step)],
    queryFn: () => fetchColumnPreview(step),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const feature = step.role === 'feature';
  const sample = preview.data?.sample ?? null;
  const note = sample ? `sample of ${sample.rows.toLocaleString('en')} rows` : undefined;
  return (
    <div className={`column-recipe${feature ? ' is-feature' : ''}`} data-column={name}>
      <div className="column-head">
        <label className="inline column-name">
          <input type="checkbox" checked={feature} disabled={!usable} onChange={(e) => toggleFeature(name, e.target.checked)} />
          <span>{name}</span>
        </label>
        <select aria-label={`Role of ${name}`} value={step.role} onChange={(e) => roleChange(step, e.target.value as ColumnRole)}>
          {ROLES.map(([value, text]) => <option key={value} value={value} disabled={value === 'feature' && !usable}>{text}</option>)}
        </select>
        <select aria-label={`Kind of ${name}`} value={step.kind} onChange={(e) => kindChange(step, e.target.value as RecipeKind)}>
          {KINDS.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
        </select>
        {profile && !profile.featureSuggestion.proposed ? <span className="reason">{profile.featureSuggestion.reason}</span> : null}
      </div>
      {feature ? <ColumnSteps step={step} /> : null}
      <div className="column-charts">
        {preview.data ? <DistributionChart distribution={preview.data.before} label={`${name} before its steps`} note={note} /> : null}
        {feature && preview.data?.after && !preview.isError ? (
          <>
            <span aria-hidden="true" className="arrow">→</span>
            <DistributionChart distribution={preview.data.after} label={`${name} after its steps`} note={note} />
          </>
        ) : null}
        {preview.isPlaceholderData ? <span className="fitted">updating…</span> : null}
        {feature && step.fitted ? <span className="fitted">{fittedSummary(step.fitted)}</span> : null}
        {feature && !step.fitted && sample ? (
          <span className="fitted">Preview constants fitted on the sample; a run fits them on all {sample.of.toLocaleString('en')} rows</span>
        ) : null}
      </div>
      {feature && preview.isError ? <p className="alert" role="alert">{preview.error instanceof Error ? preview.error.message : String(preview.error)}</p> : null}
    </div>
  );
}

function roleChange(step: ColumnRecipe, role: ColumnRole): void {
  updateColumn(step.column, { role });
}

function kindChange(step: ColumnRecipe, kind: RecipeKind): void {
  const categorical = kind === 'categorical';
  const imputation = categorical && (step.imputation.strategy === 'mean' || step.imputation.strategy === 'median')
    ? { ...step.imputation, strategy: 'most_frequent' as const }
    : !categorical && step.imputation.strategy === 'most_frequent' ? { ...step.imputation, strategy: 'median' as const } : step.imputation;
  const cannotBeFeature = kind === 'identifier' || kind === 'text';
  updateColumn(step.column, { kind, imputation, role: cannotBeFeature && step.role === 'feature' ? 'shown' : step.role });
}

/** The stored constants in words: these are what "apply" re-uses on another file. */
function fittedSummary(fitted: FittedColumn): string {
  const parts: string[] = [];
  if (fitted.imputeValue !== undefined) parts.push(`fills ${typeof fitted.imputeValue === 'number' ? formatNumber(fitted.imputeValue) : fitted.imputeValue}`);
  if (fitted.lowerBound !== undefined && fitted.upperBound !== undefined) parts.push(`bounds ${formatNumber(fitted.lowerBound)} to ${formatNumber(fitted.upperBound)}`);
  if (fitted.lambda !== undefined) parts.push(`λ ${fitted.lambda.toFixed(3)}`);
  if (fitted.center !== undefined && fitted.scale !== undefined) parts.push(`centre ${formatNumber(fitted.center)}, scale ${formatNumber(fitted.scale)}`);
  if (fitted.levels) parts.push(`levels ${fitted.levels.join(', ')}`);
  return `Fitted on ${fitted.rows.toLocaleString('en')} rows: ${parts.join('; ') || 'no constants needed'}`;
}
