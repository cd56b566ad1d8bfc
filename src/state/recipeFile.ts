// "Save recipe" and "Load recipe": the recipe as a JSON file, and a loaded one checked against the
// loaded file's columns (missing ones listed, extra ones added as "shown only") before it replaces the current one.
import { useDatasetStore } from './datasetStore';
import { setRecipe, useRecipeStore } from './recipeStore';
import { columnFacts } from './recipeKinds';
import { defaultColumnRecipe } from '../analysis/recipe/recipeDefaults';
import { isFitted, type Recipe } from '../analysis/recipe/recipe';
import { missingRecipeColumns, parseRecipe, RecipeError } from '../analysis/recipe/recipeValidation';

export interface RecipeDownload {
  fileName: string;
  text: string;
}

export function recipeDownload(): RecipeDownload {
  const recipe = useRecipeStore.getState().recipe;
  const info = useDatasetStore.getState().info;
  if (!recipe || !info) throw new RecipeError('Load a file first: the recipe describes its columns.');
  return { fileName: `${info.fileName.replace(/\.[^.]+$/, '')}-recipe.json`, text: `${JSON.stringify(recipe, null, 2)}\n` };
}

/** Reads a recipe file for the loaded data; returns what happened in words, or throws a RecipeError. */
export function loadRecipeText(fileName: string, text: string): string {
  const { profiles, info } = useDatasetStore.getState();
  if (!info) throw new RecipeError('Load a data file first, then the recipe to apply to it.');
  const recipe: Recipe = parseRecipe(text, fileName);
  const names = profiles.map((p) => p.name);
  const missing = missingRecipeColumns(recipe, names);
  if (missing.length > 0) {
    throw new RecipeError(`${fileName} does not fit ${info.fileName}: ${missing.length === 1 ? 'this column is' : 'these columns are'} missing: ${missing.join(', ')}. ` +
      'Load a file with the same columns, or set these columns to "ignored" in the recipe and load it again.');
  }
  const byName = new Map(recipe.columns.map((c) => [c.column, c]));
  const facts = columnFacts(profiles, info.rowCount);
  const extra = facts.filter((f) => !byName.has(f.name));
  // In the loaded file's order; columns the recipe does not know are shown only, never features.
  setRecipe({ ...recipe, columns: facts.map((f) => byName.get(f.name) ?? defaultColumnRecipe(f.name, f.kind, false)) });
  const features = recipe.columns.filter((c) => c.role === 'feature').length;
  const constants = isFitted(recipe) && recipe.fittedOn
    ? ` Its constants, fitted on ${recipe.fittedOn}, are applied as they are (no refit).`
    : ' It will be fitted on this file at the next run.';
  const added = extra.length > 0 ? ` Columns not in the recipe, shown only: ${extra.map((f) => f.name).join(', ')}.` : '';
  return `Recipe ${fileName} loaded: ${features} feature column${features === 1 ? '' : 's'}.${constants}${added}`;
}
