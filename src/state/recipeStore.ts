// The recipe of this slice: which columns are model features (median imputation and z-scores are fixed).
// Proposed from the column profiles on load; the user ticks columns in or out.
import { create } from 'zustand';

interface RecipeState {
  features: string[];
}

export const useRecipeStore = create<RecipeState>(() => ({ features: [] }));

export function setFeatures(features: string[]): void {
  useRecipeStore.setState({ features });
}

export function toggleFeature(name: string, on: boolean, columnOrder: string[]): void {
  const current = new Set(useRecipeStore.getState().features);
  if (on) current.add(name); else current.delete(name);
  setFeatures(columnOrder.filter((c) => current.has(c)));
}
