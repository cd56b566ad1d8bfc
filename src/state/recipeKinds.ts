// The recipe's view of a profiled column: its kind (numeric, categorical, date, identifier, free text)
// and whether it is proposed as a feature (the profile's featureSuggestion, which keeps personal data out).
import type { ColumnProfile } from '../db/profileDataset';
import type { ColumnFacts } from '../analysis/recipe/recipeDefaults';
import type { RecipeKind } from '../analysis/recipe/recipe';

/** Text with this share of distinct values or more reads as free text or a key, not as categories. */
const MOSTLY_DISTINCT = 0.5;

export function recipeKindOf(profile: ColumnProfile, rowCount: number): RecipeKind {
  if (profile.featureSuggestion.reason.startsWith('identifier')) return 'identifier';
  if (profile.kind === 'numeric') return 'numeric';
  if (profile.kind === 'date') return 'date';
  if (profile.kind === 'boolean') return 'categorical';
  const observed = rowCount - profile.missing;
  return observed > 20 && profile.distinct >= observed * MOSTLY_DISTINCT ? 'text' : 'categorical';
}

export function columnFacts(profiles: ColumnProfile[], rowCount: number): ColumnFacts[] {
  return profiles.map((p) => ({ name: p.name, kind: recipeKindOf(p, rowCount), proposed: p.featureSuggestion.proposed }));
}
