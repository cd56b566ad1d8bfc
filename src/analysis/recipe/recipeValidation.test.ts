// Tests reading a recipe from JSON: a saved recipe round-trips, and broken ones fail with the place
// (line and column, or field) and a way out; also the missing-column check used when re-applying.
import { describe, expect, it } from 'vitest';
import { defaultRecipe } from './recipeDefaults';
import { missingRecipeColumns, parseRecipe, RecipeError } from './recipeValidation';
import type { Recipe } from './recipe';

function sample(): Recipe {
  const recipe = defaultRecipe([
    { name: 'age', kind: 'numeric', proposed: true },
    { name: 'city', kind: 'categorical', proposed: false },
    { name: 'id', kind: 'identifier', proposed: false },
  ]);
  recipe.columns[1] = { ...recipe.columns[1], role: 'feature', encoding: { method: 'ordinal', order: ['Lyon', 'Paris'] } };
  recipe.columns[0] = {
    ...recipe.columns[0], outliers: { method: 'winsorise', lowerPercentile: 1, upperPercentile: 99 }, transform: 'yeo_johnson',
    imputation: { strategy: 'leave_out', indicator: true }, weight: 2,
    fitted: { rows: 10, lowerBound: 1.5, upperBound: 80, lambda: 0.25, center: 3, scale: 1.5 },
  };
  return recipe;
}

describe('parseRecipe', () => {
  it('round-trips a recipe through JSON unchanged', () => {
    const recipe = sample();
    expect(parseRecipe(JSON.stringify(recipe, null, 2), 'r.json')).toEqual(recipe);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "audience-lab-recipe",\n  "version": 1,,\n}';
    expect(() => parseRecipe(text, 'r.json')).toThrow(/r\.json is not valid JSON \(line 3, column \d+\)/);
  });

  it('names the field with a wrong value and what it may be', () => {
    const bad = JSON.parse(JSON.stringify(sample())) as { columns: Array<Record<string, unknown>> };
    bad.columns[1].scaling = 'log';
    expect(() => parseRecipe(JSON.stringify(bad), 'r.json')).toThrow('r.json: columns[1].scaling must be one of "none", "zscore", "minmax", "robust".');
  });

  it('refuses a file that is not a recipe, and impossible step combinations', () => {
    expect(() => parseRecipe('{"columns": []}', 'x.json')).toThrow(RecipeError);
    const bad = sample();
    bad.columns[1] = { ...bad.columns[1], imputation: { strategy: 'mean', indicator: false } };
    bad.columns[2] = { ...bad.columns[2], role: 'feature' };
    expect(() => parseRecipe(JSON.stringify(bad), 'r.json')).toThrow(/"city" is categorical.*"id" is an identifier and cannot be a feature/);
  });
});

describe('missingRecipeColumns', () => {
  it('lists used columns the file lacks, not ignored ones', () => {
    const recipe = sample();
    recipe.columns[2] = { ...recipe.columns[2], role: 'ignored' };
    expect(missingRecipeColumns(recipe, ['age'])).toEqual(['city']);
    expect(missingRecipeColumns(recipe, ['age', 'city', 'extra'])).toEqual([]);
  });
});
