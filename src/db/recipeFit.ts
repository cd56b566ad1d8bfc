// Fits a recipe on the loaded `dataset` in SQL: imputation values, outlier bounds, Yeo-Johnson
// lambdas (pulled once as a Float64Array, fitted in src/analysis), levels and scaling constants.
import type * as arrow from 'apache-arrow';
import type { Database } from './database';
import { clippedSql, doubleSql, exclusionSql, imputedSql, sourceSql, unscaledSql } from './recipeSql';
import { featureColumns, type ColumnRecipe, type FittedColumn, type Recipe } from '../analysis/recipe/recipe';
import { missingRecipeColumns, RecipeError, recipeProblems } from '../analysis/recipe/recipeValidation';
import { fitYeoJohnsonLambda } from '../analysis/recipe/yeoJohnson';

export interface FitOptions {
  /** Refit every feature column, even those carrying constants (otherwise only the unfitted ones). */
  refit?: boolean;
  fileName?: string;
  /** A SQL condition over `d` that narrows the rows fitted on (a preview's sample); all rows when left out. */
  where?: string;
}

type Fitting = { step: ColumnRecipe; fitted: FittedColumn };

/** A copy of the recipe with constants fitted for the feature columns that need them. */
export async function fitRecipe(db: Database, recipe: Recipe, options: FitOptions = {}): Promise<Recipe> {
  const problems = recipeProblems(recipe);
  if (problems.length > 0) throw new RecipeError(problems.join(' '));
  await checkRecipeColumns(db, recipe);
  const features = featureColumns(recipe);
  const work: Fitting[] = features.filter((s) => options.refit || !s.fitted).map((step) => ({ step, fitted: { rows: 0 } }));
  if (work.length === 0) return recipe;
  // Constants are fitted on the rows that are modelled: rows a "leave out" column drops do not count.
  const leftOut = features.filter((s) => s.imputation.strategy === 'leave_out').map((s) => `${sourceSql(s)} IS NULL`);
  const kept = leftOut.length > 0 ? `NOT (${leftOut.join(' OR ')})` : 'true';
  const modelled = options.where ? `(${kept}) AND (${options.where})` : kept;

  await fitImputation(db, work, modelled);
  await fitOutliers(db, work, modelled);
  await fitTransforms(db, work, modelled);
  await fitLevels(db, work, modelled);
  await fitScaling(db, work, modelled);

  const fittedByColumn = new Map(work.map((w) => [w.step.column, w.fitted]));
  return {
    ...recipe,
    fittedOn: options.fileName ?? recipe.fittedOn,
    columns: recipe.columns.map((c) => (fittedByColumn.has(c.column) ? { ...c, fitted: fittedByColumn.get(c.column) } : c)),
  };
}

/** Fails, listing them, when the loaded file lacks columns the recipe uses. */
export async function checkRecipeColumns(db: Database, recipe: Recipe): Promise<void> {
  const table = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'dataset'`);
  const names = (table.getChild('column_name')?.toArray() ?? []) as string[];
  const missing = missingRecipeColumns(recipe, names);
  if (missing.length > 0) {
    throw new RecipeError(`This file lacks ${missing.length === 1 ? 'a column' : `${missing.length} columns`} the recipe uses: ${missing.join(', ')}. ` +
      'Load a file with the same columns, or set these columns to "ignored" in the recipe.');
  }
}

async function aggregateRow(db: Database, aggregates: string[], where: string): Promise<(name: string) => number> {
  const table = await db.query(`SELECT ${aggregates.join(', ')} FROM dataset AS d WHERE ${where}`);
  return (name) => {
    const value = table.getChild(name)?.get(0) as number | null | undefined;
    return value === null || value === undefined ? Number.NaN : Number(value);
  };
}

async function fitImputation(db: Database, work: Fitting[], modelled: string): Promise<void> {
  const aggregates = ['count(*)::DOUBLE AS total'];
  work.forEach(({ step }, i) => {
    const source = sourceSql(step);
    if (step.imputation.strategy === 'mean') aggregates.push(`avg(${source})::DOUBLE AS v${i}`);
    if (step.imputation.strategy === 'median') aggregates.push(`quantile_cont(${source}, 0.5)::DOUBLE AS v${i}`);
    aggregates.push(`count(${source})::DOUBLE AS n${i}`);
  });
  const value = await aggregateRow(db, aggregates, modelled);
  for (const [i, { step, fitted }] of work.entries()) {
    fitted.rows = value('total');
    if (value(`n${i}`) === 0) throw new RecipeError(`"${step.column}" has no value among the modelled rows: make it "shown only", or change the steps that leave rows out.`);
    const { strategy, constant } = step.imputation;
    if (strategy === 'mean' || strategy === 'median') fitted.imputeValue = value(`v${i}`);
    if (strategy === 'constant') {
      if (step.kind === 'categorical') fitted.imputeValue = String(constant ?? '');
      else if (Number.isFinite(Number(constant))) fitted.imputeValue = Number(constant);
      else throw new RecipeError(`"${step.column}": the constant put in place of missing values must be a number.`);
    }
    if (strategy === 'most_frequent') {
      // sklearn's rule: the most frequent value, the smallest one among ties.
      const source = sourceSql(step);
      const top = await db.query(`SELECT ${source} AS v, count(*) AS n FROM dataset AS d WHERE ${modelled} AND ${source} IS NOT NULL GROUP BY 1 ORDER BY n DESC, v LIMIT 1`);
      const mode = top.getChild('v')?.get(0) as string | number;
      fitted.imputeValue = step.kind === 'categorical' ? String(mode) : Number(mode);
    }
  }
}

async function fitOutliers(db: Database, work: Fitting[], modelled: string): Promise<void> {
  const aggregates: string[] = [];
  work.forEach(({ step, fitted }, i) => {
    if (step.kind === 'categorical') return;
    if (step.outliers.method === 'clip') {
      fitted.lowerBound = step.outliers.lower;
      fitted.upperBound = step.outliers.upper;
    } else if (step.outliers.method === 'winsorise') {
      const x = imputedSql(step, fitted);
      // quantile_cont interpolates linearly between order statistics, as numpy.percentile does.
      aggregates.push(`quantile_cont(${x}, ${doubleSql(step.outliers.lowerPercentile / 100)})::DOUBLE AS lo${i}`,
        `quantile_cont(${x}, ${doubleSql(step.outliers.upperPercentile / 100)})::DOUBLE AS hi${i}`);
    }
  });
  if (aggregates.length === 0) return;
  const value = await aggregateRow(db, aggregates, modelled);
  work.forEach(({ step, fitted }, i) => {
    if (step.kind === 'categorical' || step.outliers.method !== 'winsorise') return;
    fitted.lowerBound = value(`lo${i}`);
    fitted.upperBound = value(`hi${i}`);
  });
}

async function fitTransforms(db: Database, work: Fitting[], modelled: string): Promise<void> {
  for (const { step, fitted } of work) {
    if (step.kind === 'categorical' || step.transform === 'none') continue;
    const x = clippedSql(step, fitted);
    if (step.transform === 'yeo_johnson') {
      // Missing values come as NaN, which the fit skips: a condition on x would be pushed into the scan and
      // work x out on every row of the table before a sample's condition.
      const table = await db.query(`SELECT coalesce((${x})::DOUBLE, CAST('NaN' AS DOUBLE)) AS v FROM dataset AS d WHERE ${modelled}`);
      fitted.lambda = fitYeoJohnsonLambda(columnValues(table.getChild('v')));
      continue;
    }
    const value = await aggregateRow(db, [`min(${x})::DOUBLE AS lowest`], modelled);
    if (value('lowest') < 0) {
      throw new RecipeError(`"${step.column}" goes down to ${value('lowest')} after its earlier steps, and ${step.transform} needs values of 0 or more. ` +
        'Use Yeo-Johnson, which handles negative values, or clip the column at 0 first.');
    }
  }
}

async function fitLevels(db: Database, work: Fitting[], modelled: string): Promise<void> {
  for (const { step, fitted } of work) {
    if (step.kind !== 'categorical') continue;
    const x = imputedSql(step, fitted);
    const counted = await db.query(`SELECT ${x} AS level, count(*)::DOUBLE AS n FROM dataset AS d WHERE ${modelled} AND ${x} IS NOT NULL
      GROUP BY 1 ORDER BY n DESC, level`);
    const levels = (counted.getChild('level')?.toArray() ?? []) as string[];
    const counts = columnValues(counted.getChild('n'));
    const { encoding } = step;
    if (encoding.method === 'one_hot') fitted.levels = levels.slice(0, encoding.topN);
    if (encoding.method === 'ordinal') {
      const listed = new Set(encoding.order);
      fitted.levels = [...encoding.order, ...levels.filter((l) => !listed.has(l)).sort()];
    }
    if (encoding.method === 'frequency') {
      const total = counts.reduce((s, n) => s + n, 0);
      fitted.frequencies = Object.fromEntries(levels.map((l, k) => [l, counts[k] / total]));
    }
  }
}

async function fitScaling(db: Database, work: Fitting[], modelled: string): Promise<void> {
  const aggregates: string[] = [];
  const scaled = work.filter(({ step }) => step.scaling !== 'none' && !(step.kind === 'categorical' && step.encoding.method === 'one_hot'));
  scaled.forEach(({ step, fitted }, i) => {
    const x = `(${unscaledSql(step, fitted)})`;
    // A row an ordinal order does not know has no position: it is left out, so not fitted on either.
    const known = exclusionSql(step, fitted).map((r) => `NOT (${r.when})`).join(' AND ') || 'true';
    const only = (aggregate: string) => `${aggregate} FILTER (WHERE ${known})`;
    if (step.scaling === 'zscore') aggregates.push(`${only(`avg(${x})`)}::DOUBLE AS c${i}`, `${only(`stddev_pop(${x})`)}::DOUBLE AS s${i}`);
    if (step.scaling === 'minmax') aggregates.push(`${only(`min(${x})`)}::DOUBLE AS c${i}`, `(${only(`max(${x})`)} - ${only(`min(${x})`)})::DOUBLE AS s${i}`);
    if (step.scaling === 'robust') {
      aggregates.push(`${only(`quantile_cont(${x}, 0.5)`)}::DOUBLE AS c${i}`,
        `(${only(`quantile_cont(${x}, 0.75)`)} - ${only(`quantile_cont(${x}, 0.25)`)})::DOUBLE AS s${i}`);
    }
  });
  if (aggregates.length === 0) return;
  const value = await aggregateRow(db, aggregates, modelled);
  scaled.forEach(({ fitted }, i) => {
    const center = value(`c${i}`);
    const scale = value(`s${i}`);
    fitted.center = center;
    // As scikit-learn's scalers: a (near-)zero spread gives a scale of 1, so the feature is only centred.
    fitted.scale = scale > 10 * Number.EPSILON * Math.max(1, Math.abs(center)) ? scale : 1;
  });
}

/** A Float64 column as a plain Float64Array (no NULLs expected). */
export function columnValues(vector: arrow.Vector | null): Float64Array {
  if (!vector) return new Float64Array(0);
  const out = new Float64Array(vector.length);
  let at = 0;
  for (const chunk of vector.data) {
    out.set((chunk.values as Float64Array).subarray(0, chunk.length), at);
    at += chunk.length;
  }
  return out;
}
