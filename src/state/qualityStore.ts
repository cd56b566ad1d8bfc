// The quality step's state: which columns hold personal data (kept out of the features by default),
// the fuzzy-duplicate search the analyst ran, and their keep-first / keep-all decisions.
import { create } from 'zustand';
import type { PersonalDataKind } from '../analysis/quality/columnNameRules';
import { FUZZY_DEFAULT_THRESHOLD } from '../analysis/quality/qualityRules';
import { DEFAULT_MEASURE, type FuzzyDuplicates, type SimilarityMeasure } from '../db/quality/fuzzyDuplicates';

export type GroupDecision = 'keep first' | 'keep all';

interface QualityState {
  /** Column name to the personal data it holds, found on load. */
  personalData: Record<string, PersonalDataKind>;
  fuzzyColumns: string[];
  fuzzyThreshold: number;
  fuzzyMeasure: SimilarityMeasure;
  fuzzyStatus: 'idle' | 'running' | 'done' | 'error';
  fuzzyMessage: string;
  fuzzy: FuzzyDuplicates | null;
  /** Decision per fuzzy group (by index in fuzzy.groups); absent means undecided, i.e. all rows kept. */
  decisions: Record<number, GroupDecision>;
  /** Whether the extra exact copies are left out of modelling. */
  exactCopiesLeftOut: boolean;
  /** Rows currently in excluded_rows. */
  excludedCount: number;
  /** True when the decisions on screen came back from the stored session (a reload or a re-read). */
  decisionsRestored: boolean;
}

export const initialQualityState = (): QualityState => ({
  personalData: {},
  fuzzyColumns: [],
  fuzzyThreshold: FUZZY_DEFAULT_THRESHOLD,
  fuzzyMeasure: DEFAULT_MEASURE,
  fuzzyStatus: 'idle',
  fuzzyMessage: '',
  fuzzy: null,
  decisions: {},
  exactCopiesLeftOut: false,
  excludedCount: 0,
  decisionsRestored: false,
});

export const useQualityStore = create<QualityState>(initialQualityState);

/** Columns holding personal data: the recipe and feature picker leave them out by default. */
export function personalDataColumns(): string[] {
  return Object.keys(useQualityStore.getState().personalData);
}
