// Carries the analyst's recipe over a re-read of the same customer file: a column keeps its steps while it
// exists and reads as the same kind; what cannot be carried is reported in words, never dropped silently. Pure.
import { defaultColumnRecipe, type ColumnFacts } from '../analysis/recipe/recipeDefaults';
import type { ColumnRecipe, ColumnRole, Recipe, RecipeKind } from '../analysis/recipe/recipe';

export interface RecipeCarryReport {
  /** Steps of columns the file no longer has (another encoding can rename a header), with the role they had. */
  dropped: Array<{ column: string; role: ColumnRole }>;
  /** Columns now read as another kind: their steps start again from the proposal for that kind. */
  rekinded: Array<{ column: string; from: RecipeKind; to: RecipeKind }>;
  /** Columns the recipe did not have: proposed steps, never a feature. */
  added: string[];
  /** Feature columns whose fitted constants were let go: the next run fits them on the values read now. */
  refit: string[];
  /** Columns read again after an earlier re-read lost them (another encoding and back): their steps come back. */
  restored: string[];
}

export interface CarriedRecipe {
  recipe: Recipe;
  report: RecipeCarryReport;
  /** Steps of columns the file no longer has, by column: a later re-read that finds the column again restores them. */
  setAside: Record<string, ColumnRecipe>;
}

/** Kinds a model can use; identifiers and free text cannot be features. */
const FEATURE_KINDS: ReadonlySet<RecipeKind> = new Set(['numeric', 'date', 'categorical']);

/**
 * The recipe for the file read again. `before` and `after` are the detected kinds of the columns (the profiles'
 * facts) before and after; `changed` names the columns whose values changed ('all' when that is not known).
 * Constants fitted on another file (a loaded recipe applied as it is) stay, as that recipe's loader promised.
 * `setAside`: steps an earlier re-read of this reading could not place, restored when their column (same kind) is back.
 */
export function carryRecipe(recipe: Recipe, before: ColumnFacts[], after: ColumnFacts[], changed: ReadonlySet<string> | 'all', fileName: string,
  setAside: Readonly<Record<string, ColumnRecipe>> = {}): CarriedRecipe {
  const steps = new Map(recipe.columns.map((c) => [c.column, c]));
  const detectedBefore = new Map(before.map((f) => [f.name, f.kind]));
  const isChanged = (column: string) => changed === 'all' || changed.has(column);
  const keepsConstantsFromElsewhere = recipe.fittedOn !== undefined && recipe.fittedOn !== fileName;
  // A changed column left out when missing changes which rows are modelled: every constant depends on those rows.
  const modelledRowsChange = recipe.columns.some((c) => c.role === 'feature' && c.imputation.strategy === 'leave_out' && isChanged(c.column));
  const report: RecipeCarryReport = { dropped: [], rekinded: [], added: [], refit: [], restored: [] };
  const columns = after.map((facts): ColumnRecipe => {
    const step = steps.get(facts.name);
    const aside = setAside[facts.name];
    if (!step && aside?.kind === facts.kind) {
      // Its values were away: constants fitted before mean nothing now.
      report.restored.push(facts.name);
      const { fitted: _stale, ...unfitted } = aside;
      return unfitted;
    }
    if (!step) {
      report.added.push(facts.name);
      return defaultColumnRecipe(facts.name, facts.kind, false);
    }
    const was = detectedBefore.get(facts.name);
    // A kind the analyst set by hand is their choice and stays; a detected kind follows the new reading.
    if (was !== undefined && was !== facts.kind && step.kind === was) {
      report.rekinded.push({ column: facts.name, from: was, to: facts.kind });
      return rekind(step, facts.kind);
    }
    if (!step.fitted || keepsConstantsFromElsewhere || (!modelledRowsChange && !isChanged(facts.name))) return step;
    report.refit.push(facts.name);
    const { fitted: _refit, ...unfitted } = step;
    return unfitted;
  });
  const kept = new Set(after.map((f) => f.name));
  const stillAside: Record<string, ColumnRecipe> = Object.fromEntries(Object.entries(setAside).filter(([column]) => !report.restored.includes(column)));
  for (const step of recipe.columns) {
    if (kept.has(step.column)) continue;
    report.dropped.push({ column: step.column, role: step.role });
    stillAside[step.column] = step;
  }
  const { fittedOn, ...rest } = recipe;
  const anyFitted = columns.some((c) => c.fitted !== undefined);
  return { recipe: anyFitted && fittedOn !== undefined ? { ...rest, columns, fittedOn } : { ...rest, columns }, report, setAside: stillAside };
}

function rekind(step: ColumnRecipe, kind: RecipeKind): ColumnRecipe {
  const role: ColumnRole = step.role === 'ignored' ? 'ignored'
    : step.role === 'feature' && FEATURE_KINDS.has(kind) ? 'feature'
    : defaultColumnRecipe(step.column, kind, false).role;
  return { ...defaultColumnRecipe(step.column, kind, role === 'feature'), role, weight: step.weight };
}

/** The report in words, one line per kind of change; empty when every step was carried as it was. */
export function describeCarry(report: RecipeCarryReport): string[] {
  const lines: string[] = [];
  if (report.dropped.length) {
    lines.push(`Steps of columns no longer in the file, set aside until they are read again: ${report.dropped.map((d) => `${d.column} (${d.role === 'shown' ? 'shown only' : d.role})`).join(', ')}.`);
  }
  if (report.restored.length) lines.push(`Steps brought back, their columns being read again: ${report.restored.join(', ')} (constants fitted again at the next run).`);
  for (const r of report.rekinded) lines.push(`${r.column} now reads as ${kindWords(r.to)} (was ${kindWords(r.from)}): its steps start again from the proposal.`);
  if (report.added.length) lines.push(`New columns, shown only: ${report.added.join(', ')}.`);
  if (report.refit.length) lines.push(`Constants of ${report.refit.join(', ')} will be fitted again on the values read now, at the next run.`);
  return lines;
}

function kindWords(kind: RecipeKind): string {
  return kind === 'text' ? 'free text' : kind;
}
