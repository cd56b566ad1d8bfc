// The step controls of one feature column, in the order they apply: imputation (and missing indicator),
// then outliers, transform and scaling for numbers, or the encoding for categories; then the weight.
import type { ColumnRecipe, Encoding, ImputationStrategy, OutlierStep, ScalingMethod, TransformMethod } from '../../analysis/recipe/recipe';
import { DEFAULT_TOP_LEVELS } from '../../analysis/recipe/recipeDefaults';
import { updateColumn } from '../../state/recipeStore';
import { RecipeNumber } from './RecipeNumber';

const IMPUTATIONS: Array<[ImputationStrategy, string]> = [
  ['median', 'median'], ['mean', 'mean'], ['most_frequent', 'most frequent'], ['constant', 'constant'], ['leave_out', 'leave row out of the model'],
];
const TRANSFORMS: Array<[TransformMethod, string]> = [['none', 'none'], ['log1p', 'log(1 + x)'], ['sqrt', 'square root'], ['yeo_johnson', 'Yeo-Johnson']];
const SCALINGS: Array<[ScalingMethod, string]> = [['zscore', 'z-score'], ['minmax', 'min-max'], ['robust', 'robust (median, IQR)'], ['none', 'none']];

export function ColumnSteps({ step }: { step: ColumnRecipe }) {
  const name = step.column;
  const categorical = step.kind === 'categorical';
  const set = (patch: Partial<ColumnRecipe>) => updateColumn(name, patch);
  const imputations = IMPUTATIONS.filter(([s]) => !categorical || (s !== 'mean' && s !== 'median'));
  const oneHot = categorical && step.encoding.method === 'one_hot';
  return (
    <div className="column-steps">
      <label>Imputation
        <select aria-label={`Imputation for ${name}`} value={step.imputation.strategy}
          onChange={(e) => set({ imputation: { ...step.imputation, strategy: e.target.value as ImputationStrategy } })}>
          {imputations.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
        </select>
      </label>
      {step.imputation.strategy === 'constant' ? (
        <label>Constant
          <input type="text" aria-label={`Constant for ${name}`} value={String(step.imputation.constant ?? '')}
            onChange={(e) => set({ imputation: { ...step.imputation, constant: categorical ? e.target.value : Number(e.target.value) } })} />
        </label>
      ) : null}
      <label className="inline">
        {/* A switch, not a checkbox: the checkbox named after the column is the column's feature tick. */}
        <input type="checkbox" role="switch" aria-label={`Missing indicator for ${name}`} checked={step.imputation.indicator}
          onChange={(e) => set({ imputation: { ...step.imputation, indicator: e.target.checked } })} />
        missing indicator
      </label>
      {categorical ? <EncodingControls step={step} /> : <NumericControls step={step} />}
      {!oneHot ? (
        <label>Scaling
          <select aria-label={`Scaling for ${name}`} value={step.scaling} onChange={(e) => set({ scaling: e.target.value as ScalingMethod })}>
            {SCALINGS.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </select>
        </label>
      ) : null}
      <RecipeNumber label="Weight" name={`Weight for ${name}`} value={step.weight} min={0} onChange={(weight) => set({ weight })} />
    </div>
  );
}

function NumericControls({ step }: { step: ColumnRecipe }) {
  const name = step.column;
  const set = (patch: Partial<ColumnRecipe>) => updateColumn(name, patch);
  const outliers = step.outliers;
  const chooseOutliers = (method: OutlierStep['method']) => {
    if (method === 'none') set({ outliers: { method } });
    if (method === 'winsorise') set({ outliers: { method, lowerPercentile: 1, upperPercentile: 99 } });
    if (method === 'clip') set({ outliers: { method, lower: 0, upper: 100 } });
  };
  return (
    <>
      <label>Outliers
        <select aria-label={`Outliers for ${name}`} value={outliers.method} onChange={(e) => chooseOutliers(e.target.value as OutlierStep['method'])}>
          <option value="none">keep</option>
          <option value="winsorise">winsorise at percentiles</option>
          <option value="clip">clip to bounds</option>
        </select>
      </label>
      {outliers.method === 'winsorise' ? (
        <>
          <RecipeNumber label="Lower %" name={`Lower percentile for ${name}`} value={outliers.lowerPercentile} min={0} max={100}
            onChange={(lowerPercentile) => set({ outliers: { ...outliers, lowerPercentile } })} />
          <RecipeNumber label="Upper %" name={`Upper percentile for ${name}`} value={outliers.upperPercentile} min={0} max={100}
            onChange={(upperPercentile) => set({ outliers: { ...outliers, upperPercentile } })} />
        </>
      ) : null}
      {outliers.method === 'clip' ? (
        <>
          <RecipeNumber label="Lower bound" name={`Lower bound for ${name}`} value={outliers.lower} onChange={(lower) => set({ outliers: { ...outliers, lower } })} />
          <RecipeNumber label="Upper bound" name={`Upper bound for ${name}`} value={outliers.upper} onChange={(upper) => set({ outliers: { ...outliers, upper } })} />
        </>
      ) : null}
      <label>Transform
        <select aria-label={`Transform for ${name}`} value={step.transform} onChange={(e) => set({ transform: e.target.value as TransformMethod })}>
          {TRANSFORMS.map(([value, text]) => <option key={value} value={value}>{text}</option>)}
        </select>
      </label>
    </>
  );
}

function EncodingControls({ step }: { step: ColumnRecipe }) {
  const name = step.column;
  const set = (encoding: Encoding) => updateColumn(name, { encoding });
  const levels = step.fitted?.levels ?? [];
  const choose = (method: Encoding['method']) => {
    if (method === 'one_hot') set({ method, topN: DEFAULT_TOP_LEVELS });
    if (method === 'ordinal') set({ method, order: levels });
    if (method === 'frequency') set({ method });
  };
  const { encoding } = step;
  return (
    <>
      <label>Encoding
        <select aria-label={`Encoding for ${name}`} value={encoding.method} onChange={(e) => choose(e.target.value as Encoding['method'])}>
          <option value="one_hot">one-hot, top levels + Other</option>
          <option value="ordinal">ordinal, in my order</option>
          <option value="frequency">frequency</option>
        </select>
      </label>
      {encoding.method === 'one_hot' ? (
        <RecipeNumber label="Levels kept" name={`Levels kept for ${name}`} value={encoding.topN} min={1} integer onChange={(topN) => set({ method: 'one_hot', topN })} />
      ) : null}
      {encoding.method === 'ordinal' ? (
        <label className="wide">Order (first = 0)
          <input type="text" aria-label={`Level order for ${name}`} defaultValue={encoding.order.join(', ')}
            placeholder="low, medium, high"
            onBlur={(e) => set({ method: 'ordinal', order: e.target.value.split(',').map((l) => l.trim()).filter((l) => l !== '') })} />
        </label>
      ) : null}
    </>
  );
}
