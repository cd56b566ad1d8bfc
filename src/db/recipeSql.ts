// SQL expressions that turn one column of `dataset` (alias d) into model features following its
// recipe steps, with the fitted constants written in as exact double literals; no query runs here.
import { sqlIdentifier, sqlString } from './database';
import type { ColumnRecipe, FittedColumn } from '../analysis/recipe/recipe';

export interface FeatureSql {
  /** Feature name as shown to the analyst: "age", "city=Paris", "city=Other", "age missing". */
  name: string;
  sql: string;
}

/** A double literal DuckDB reads exactly (a bare 0.1 would be a DECIMAL). */
export function doubleSql(x: number): string {
  return `CAST('${String(x)}' AS DOUBLE)`;
}

/** The raw value in the kind the recipe gives the column: DOUBLE for numbers and dates (days since 1970), text for categories. */
export function sourceSql(step: ColumnRecipe): string {
  const q = `d.${sqlIdentifier(step.column)}`;
  if (step.kind === 'categorical') return `CAST(${q} AS VARCHAR)`;
  if (step.kind === 'date') return `CAST(date_diff('day', DATE '1970-01-01', TRY_CAST(${q} AS DATE)) AS DOUBLE)`;
  return `TRY_CAST(${q} AS DOUBLE)`;
}

export function imputedSql(step: ColumnRecipe, fitted: Partial<FittedColumn>): string {
  const source = sourceSql(step);
  if (step.imputation.strategy === 'leave_out' || fitted.imputeValue === undefined) return source;
  const value = fitted.imputeValue;
  return `coalesce(${source}, ${typeof value === 'number' ? doubleSql(value) : sqlString(value)})`;
}

export function clippedSql(step: ColumnRecipe, fitted: Partial<FittedColumn>): string {
  const imputed = imputedSql(step, fitted);
  if (step.outliers.method === 'none' || fitted.lowerBound === undefined || fitted.upperBound === undefined) return imputed;
  return `LEAST(GREATEST(${imputed}, ${doubleSql(fitted.lowerBound)}), ${doubleSql(fitted.upperBound)})`;
}

export function transformedSql(step: ColumnRecipe, fitted: Partial<FittedColumn>): string {
  const x = clippedSql(step, fitted);
  if (step.transform === 'log1p') return `ln(1 + ${x})`;
  if (step.transform === 'sqrt') return `sqrt(${x})`;
  if (step.transform === 'yeo_johnson' && fitted.lambda !== undefined) {
    const { positive, negative } = yeoJohnsonSqlParts(x, fitted.lambda);
    return `CASE WHEN ${x} >= 0 THEN ${positive} ELSE ${negative} END`;
  }
  return x;
}

/** scikit-learn's two branches (value >= 0, value < 0), its special cases at lambda 0 and 2 settled here. */
function yeoJohnsonSqlParts(x: string, lambda: number): { positive: string; negative: string } {
  const positive = Math.abs(lambda) < Number.EPSILON
    ? `ln(1 + ${x})`
    : `(pow(${x} + 1, ${doubleSql(lambda)}) - 1) / ${doubleSql(lambda)}`;
  const negative = Math.abs(lambda - 2) > Number.EPSILON
    ? `-(pow(1 - ${x}, ${doubleSql(2 - lambda)}) - 1) / ${doubleSql(2 - lambda)}`
    : `-ln(1 - ${x})`;
  return { positive, negative };
}

/** Ordinal position or level frequency of a categorical column, before scaling. */
export function encodedSql(step: ColumnRecipe, fitted: Partial<FittedColumn>): string {
  const x = imputedSql(step, fitted);
  if (step.encoding.method === 'ordinal') {
    const levels = fitted.levels ?? [];
    return `CAST(CASE ${x} ${levels.map((l, i) => `WHEN ${sqlString(l)} THEN ${i}`).join(' ')} END AS DOUBLE)`;
  }
  const shares = Object.entries(fitted.frequencies ?? {});
  return `CASE ${x} ${shares.map(([l, s]) => `WHEN ${sqlString(l)} THEN ${doubleSql(s)}`).join(' ')} ELSE ${doubleSql(0)} END`;
}

/** The value that scaling is fitted on and applied to. */
export function unscaledSql(step: ColumnRecipe, fitted: Partial<FittedColumn>): string {
  return step.kind === 'categorical' ? encodedSql(step, fitted) : transformedSql(step, fitted);
}

/** Every feature the column contributes, scaled and weighted, from fully fitted constants. */
export function featureSqls(step: ColumnRecipe, fitted: FittedColumn): FeatureSql[] {
  const weight = doubleSql(step.weight);
  const features: FeatureSql[] = [];
  if (step.kind === 'categorical' && step.encoding.method === 'one_hot') {
    const x = imputedSql(step, fitted);
    const levels = fitted.levels ?? [];
    for (const level of levels) features.push({ name: `${step.column}=${level}`, sql: `CASE WHEN ${x} = ${sqlString(level)} THEN ${weight} ELSE ${doubleSql(0)} END` });
    const kept = levels.length > 0 ? `${x} NOT IN (${levels.map(sqlString).join(', ')})` : 'true';
    features.push({ name: `${step.column}=Other`, sql: `CASE WHEN ${kept} THEN ${weight} ELSE ${doubleSql(0)} END` });
  } else {
    const center = doubleSql(fitted.center ?? 0);
    const scale = doubleSql(fitted.scale ?? 1);
    features.push({ name: step.column, sql: `(${unscaledSql(step, fitted)} - ${center}) / ${scale} * ${weight}` });
  }
  if (step.imputation.indicator) {
    features.push({ name: `${step.column} missing`, sql: `CASE WHEN ${sourceSql(step)} IS NULL THEN ${weight} ELSE ${doubleSql(0)} END` });
  }
  return features;
}

/**
 * Why a row cannot be modelled under this column's steps, or NULL: a missing value under "leave out",
 * a value outside log1p's or sqrt's domain, an ordinal level the fitted order does not know.
 */
export function exclusionSql(step: ColumnRecipe, fitted: Partial<FittedColumn>): Array<{ when: string; reason: string }> {
  const rules: Array<{ when: string; reason: string }> = [];
  const source = sourceSql(step);
  if (step.imputation.strategy === 'leave_out') rules.push({ when: `${source} IS NULL`, reason: `${step.column} is missing` });
  if (step.kind !== 'categorical' && (step.transform === 'log1p' || step.transform === 'sqrt')) {
    rules.push({ when: `${clippedSql(step, fitted)} < 0`, reason: `${step.column} is below 0, outside ${step.transform}'s range` });
  }
  if (step.kind === 'categorical' && step.encoding.method === 'ordinal' && fitted.levels) {
    const x = imputedSql(step, fitted);
    rules.push({ when: `${x} NOT IN (${fitted.levels.map(sqlString).join(', ') || "''"})`, reason: `${step.column} has a level missing from the ordinal order` });
  }
  return rules;
}

/** One SQL CASE giving the first reason that applies to a row, NULL for rows that are modelled. */
export function reasonSql(rules: Array<{ when: string; reason: string }>): string {
  if (rules.length === 0) return 'CAST(NULL AS VARCHAR)';
  return `CASE ${rules.map((r) => `WHEN ${r.when} THEN ${sqlString(r.reason)}`).join(' ')} END`;
}
