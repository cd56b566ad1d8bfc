// Keeps the recipe (steps, weights, fitted constants) in IndexedDB so that a reload brings it back as it
// was, instead of the proposed recipe: a loaded recipe's stored constants must not turn into a silent refit.
import { get, set } from 'idb-keyval';
import { useDatasetStore } from './datasetStore';
import { setRecipe, useRecipeStore } from './recipeStore';
import { checkRecipe } from '../analysis/recipe/recipeValidation';

const RECIPE_KEY = 'audience-lab/recipe';

export async function saveRecipeNow(): Promise<void> {
  const { recipe } = useRecipeStore.getState();
  if (!recipe || useDatasetStore.getState().status !== 'ready') return;
  await set(RECIPE_KEY, JSON.stringify(recipe));
}

/**
 * Saves the recipe on each change, at once: it is a few kilobytes, and IndexedDB runs the writes in
 * the order they were made. Returns the unsubscribe.
 */
export function watchRecipe(): () => void {
  return useRecipeStore.subscribe((s, prev) => {
    if (s.recipe !== prev.recipe) void saveRecipeNow();
  });
}

/** Brings back the stored recipe when it describes the restored file's columns, in order. */
export async function restoreRecipe(): Promise<void> {
  const text = await get<string>(RECIPE_KEY);
  if (typeof text !== 'string') return;
  let stored;
  try {
    stored = checkRecipe(JSON.parse(text));
  } catch {
    return; // An unreadable stored recipe leaves the proposed one, which the Prepare step shows.
  }
  const names = useDatasetStore.getState().profiles.map((p) => p.name);
  if (stored.columns.length === names.length && stored.columns.every((c, i) => c.column === names[i])) setRecipe(stored);
}
