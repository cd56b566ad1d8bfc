// The thresholds of the quality report, in one place so that the words on screen and the tests agree.

/** A column with more than this share missing is flagged. */
export const MISSING_SHARE_FLAG = 0.02;
/** One value in at least this share of the non-missing rows makes a column near-constant. */
export const NEAR_CONSTANT_SHARE = 0.95;
/** A text column with more distinct values than this is a high-cardinality category. */
export const HIGH_CARDINALITY_DISTINCT = 50;
/** Sample skewness beyond ±1 is a long tail. */
export const SKEW_FLAG = 1;
/** Tukey's fences: Q1 - 1.5 IQR and Q3 + 1.5 IQR. */
export const IQR_FENCE = 1.5;
/** Modified z-score 0.6745 (x - median) / MAD beyond 3.5 (Iglewicz and Hoaglin). */
export const ROBUST_Z_LIMIT = 3.5;
export const ROBUST_Z_FACTOR = 0.6745;
/** Ages outside 0..120 are impossible. */
export const AGE_RANGE = { low: 0, high: 120 } as const;
/** Dates before this one (or after today) are impossible. */
export const EARLIEST_PLAUSIBLE_DATE = '1900-01-01';
/** Share of distinct values above which a whole-number or text column reads as an identifier. */
export const IDENTIFIER_DISTINCT_SHARE = 0.99;
/** Fuzzy duplicates: default similarity threshold. */
export const FUZZY_DEFAULT_THRESHOLD = 0.85;
