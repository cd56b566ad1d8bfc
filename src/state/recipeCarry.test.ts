// Tests how a recipe goes over a re-read of its file: steps kept, a detected kind that changed starts from the
// proposal (a kind set by hand stays), vanished and new columns reported, constants refitted only where values changed.
import { describe, expect, it } from 'vitest';
import { carryRecipe, describeCarry } from './recipeCarry';
import { defaultColumnRecipe, type ColumnFacts } from '../analysis/recipe/recipeDefaults';
import { RECIPE_FORMAT, RECIPE_VERSION, type ColumnRecipe, type Recipe } from '../analysis/recipe/recipe';

const facts = (entries: Array<[string, ColumnFacts['kind']]>): ColumnFacts[] => entries.map(([name, kind]) => ({ name, kind, proposed: kind === 'numeric' }));
const fitted = (step: ColumnRecipe, center: number): ColumnRecipe => ({ ...step, fitted: { rows: 10, center, scale: 2 } });

// The analyst made score a winsorised, weighted feature, set zip (detected numeric) to categorical by hand,
// and ignores notes; constants were fitted on this file.
const score = fitted({ ...defaultColumnRecipe('score', 'numeric', true), outliers: { method: 'winsorise', lowerPercentile: 1, upperPercentile: 99 }, weight: 2 }, 20);
const age = fitted(defaultColumnRecipe('age', 'numeric', true), 40);
const zip = { ...defaultColumnRecipe('zip', 'categorical', true) };
const signup = { ...defaultColumnRecipe('signup', 'text', false), role: 'ignored' as const };
const prénom = defaultColumnRecipe('prénom', 'text', false);
const recipe: Recipe = { format: RECIPE_FORMAT, version: RECIPE_VERSION, columns: [score, age, zip, signup, prénom], fittedOn: 'clients.csv' };
const before = facts([['score', 'numeric'], ['age', 'numeric'], ['zip', 'numeric'], ['signup', 'text'], ['prénom', 'text']]);

describe('carryRecipe', () => {
  it('keeps every step and constant when nothing changed', () => {
    const { recipe: carried, report } = carryRecipe(recipe, before, before, new Set(), 'clients.csv');
    expect(carried).toEqual(recipe);
    expect(describeCarry(report)).toEqual([]);
  });

  it('refits only the columns whose values changed, and keeps the analyst’s steps', () => {
    const { recipe: carried, report } = carryRecipe(recipe, before, before, new Set(['score']), 'clients.csv');
    const { fitted: _gone, ...unfittedScore } = score;
    expect(carried.columns[0]).toEqual(unfittedScore);
    expect(carried.columns[1]).toEqual(age);
    expect(carried.fittedOn).toBe('clients.csv');
    expect(report.refit).toEqual(['score']);
    expect(describeCarry(report)).toEqual(['Constants of score will be fitted again on the values read now, at the next run.']);
  });

  it('refits every column when a changed column is left out of the model when missing (the modelled rows change)', () => {
    const leftOut = { ...recipe, columns: recipe.columns.map((c) => (c.column === 'age' ? { ...c, imputation: { strategy: 'leave_out' as const, indicator: false } } : c)) };
    const { recipe: carried, report } = carryRecipe(leftOut, before, before, new Set(['age']), 'clients.csv');
    expect(carried.columns.filter((c) => c.fitted)).toEqual([]);
    expect(carried.fittedOn).toBeUndefined();
    expect(report.refit).toEqual(['score', 'age']);
  });

  it('keeps constants fitted on another file (a loaded recipe applied as it is)', () => {
    const { recipe: carried, report } = carryRecipe({ ...recipe, fittedOn: 'janvier.csv' }, before, before, 'all', 'clients.csv');
    expect(carried.columns.map((c) => c.fitted)).toEqual(recipe.columns.map((c) => c.fitted));
    expect(carried.fittedOn).toBe('janvier.csv');
    expect(report.refit).toEqual([]);
  });

  it('follows a detected kind that changed, keeps a kind set by hand, reports vanished and new columns', () => {
    // Another encoding renames prénom; another day/month order makes signup dates; zip now reads as text.
    const after = facts([['score', 'numeric'], ['age', 'numeric'], ['zip', 'text'], ['signup', 'date'], ['prÃ©nom', 'text']]);
    const { recipe: carried, report } = carryRecipe(recipe, before, after, 'all', 'clients.csv');
    expect(carried.columns.map((c) => c.column)).toEqual(['score', 'age', 'zip', 'signup', 'prÃ©nom']);
    expect(carried.columns[2]).toEqual(zip);
    expect(carried.columns[3]).toEqual({ ...defaultColumnRecipe('signup', 'date', false), role: 'ignored' });
    expect(carried.columns[4]).toEqual(defaultColumnRecipe('prÃ©nom', 'text', false));
    expect(carried.columns[0].outliers).toEqual(score.outliers);
    expect(carried.columns[0].weight).toBe(2);
    expect(report.dropped).toEqual([{ column: 'prénom', role: 'shown' }]);
    expect(report.added).toEqual(['prÃ©nom']);
    expect(report.rekinded).toEqual([{ column: 'signup', from: 'text', to: 'date' }]);
    expect(describeCarry(report)).toEqual([
      'Steps of columns no longer in the file, set aside until they are read again: prénom (shown only).',
      'signup now reads as date (was free text): its steps start again from the proposal.',
      'New columns, shown only: prÃ©nom.',
      'Constants of score, age will be fitted again on the values read now, at the next run.',
    ]);
  });

  it('brings back steps set aside when their column is read again (another encoding, then back)', () => {
    const named = { ...prénom, role: 'ignored' as const };
    const withNamed = { ...recipe, columns: [score, age, zip, signup, named] };
    const misread = facts([['score', 'numeric'], ['age', 'numeric'], ['zip', 'numeric'], ['signup', 'text'], ['prÈnom', 'text']]);
    const away = carryRecipe(withNamed, before, misread, new Set(), 'clients.csv');
    expect(away.setAside).toEqual({ prénom: named });
    const back = carryRecipe(away.recipe, misread, before, new Set(), 'clients.csv', away.setAside);
    expect(back.recipe.columns[4]).toEqual(named);
    expect(back.setAside).toEqual({ prÈnom: defaultColumnRecipe('prÈnom', 'text', false) });
    expect(back.report.restored).toEqual(['prénom']);
    expect(back.report.added).toEqual([]);
    expect(describeCarry(back.report)).toContain('Steps brought back, their columns being read again: prénom (constants fitted again at the next run).');
    // A column back with another kind does not take steps made for the old one: they stay aside.
    const asNumber = carryRecipe(away.recipe, misread, facts([['score', 'numeric'], ['age', 'numeric'], ['zip', 'numeric'], ['signup', 'text'], ['prénom', 'numeric']]), new Set(), 'clients.csv', away.setAside);
    expect(asNumber.recipe.columns[4]).toEqual(defaultColumnRecipe('prénom', 'numeric', false));
    expect(asNumber.setAside.prénom).toEqual(named);
  });

  it('keeps a feature a feature when its new kind can be modelled, and not when it cannot', () => {
    const afterDate = facts([['score', 'date'], ['age', 'text'], ['zip', 'numeric'], ['signup', 'text'], ['prénom', 'text']]);
    const { recipe: carried } = carryRecipe(recipe, before, afterDate, new Set(), 'clients.csv');
    expect(carried.columns[0]).toEqual({ ...defaultColumnRecipe('score', 'date', true), weight: 2 });
    expect(carried.columns[1].role).toBe('shown');
    expect(carried.columns[1].kind).toBe('text');
  });
});
