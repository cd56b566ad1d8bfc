// Turns the figures gathered about each column into findings worded for an analyst: what is wrong,
// how many values, and what to do next. Pure: the same stats always give the same words.
import type { ColumnQualityStats } from './columnQualityStats';
import { isIdentifierLike } from './identifierColumns';
import { countOf, percentOf, type QualityFinding } from './qualityFinding';
import {
  AGE_RANGE, HIGH_CARDINALITY_DISTINCT, IQR_FENCE, MISSING_SHARE_FLAG, NEAR_CONSTANT_SHARE, ROBUST_Z_LIMIT, SKEW_FLAG,
} from './qualityRules';

/** Short display of a number: at most 4 significant digits after the point, no trailing zeros. */
export function formatFigure(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const rounded = Math.abs(x) >= 1000 ? Math.round(x * 10) / 10 : Number(x.toPrecision(4));
  return rounded.toLocaleString('en', { maximumFractionDigits: 4 });
}

export function columnFindings(c: ColumnQualityStats): QualityFinding[] {
  const out: QualityFinding[] = [];
  const nonMissing = c.total - c.missing;
  const add = (f: Omit<QualityFinding, 'id' | 'column'>) => out.push({ ...f, id: `${f.check}:${c.name}`, column: c.name });

  if (c.total > 0 && nonMissing === 0) {
    add({ check: 'empty', severity: 'warning', count: c.missing, rows: null,
      text: `${c.name}: every value is missing`, advice: 'It carries no information; leave it out, or check the export.' });
    return out;
  }
  if (c.total > 0 && c.missing / c.total > MISSING_SHARE_FLAG) {
    add({ check: 'missing', severity: 'warning', count: c.missing, rows: { kind: 'missing', column: c.name },
      text: `${c.name}: ${countOf(c.missing, 'value')} missing (${percentOf(c.missing, c.total)})`,
      advice: 'The recipe fills them (the median by default) or leaves these rows out of the model.' });
  }
  if (c.personal) {
    const { kind, matches, byName } = c.personal;
    add({ check: 'personalData', severity: 'warning', count: byName ? nonMissing : matches,
      rows: c.personal.pattern ? { kind: 'personalData', column: c.name, pattern: c.personal.pattern } : null,
      text: byName
        ? `${c.name}: personal data (${kind}), by its column name`
        : `${c.name}: personal data (${kind}) in ${countOf(matches, 'value')} (${percentOf(matches, nonMissing)})`,
      advice: 'Kept out of the features by default; export it only where you are allowed to.' });
  }
  if (c.distinct === 1) {
    add({ check: 'constant', severity: 'info', count: nonMissing, rows: null,
      text: `${c.name}: the same value (${quoted(c.modeValue)}) in every filled row`,
      advice: 'It cannot tell customers apart; leave it out of the features.' });
  } else if (nonMissing > 0 && c.modeCount / nonMissing >= NEAR_CONSTANT_SHARE) {
    add({ check: 'nearConstant', severity: 'info', count: c.modeCount, rows: null,
      text: `${c.name}: nearly constant, ${quoted(c.modeValue)} in ${percentOf(c.modeCount, nonMissing)} of filled rows`,
      advice: 'It barely tells customers apart; consider leaving it out.' });
  }
  const identifier = !c.personal && isIdentifierLike(c);
  if (identifier) {
    add({ check: 'identifier', severity: 'info', count: c.distinct, rows: null,
      text: `${c.name}: looks like an identifier (${countOf(c.distinct, 'different value')})`,
      advice: 'Use it to key the export, not as a feature.' });
  }
  if (c.duplicateIds && c.duplicateIds.rows > 0) {
    add({ check: 'duplicateIds', severity: 'critical', count: c.duplicateIds.rows, rows: { kind: 'duplicateIds', column: c.name },
      text: `${c.name}: ${countOf(c.duplicateIds.identifiers, 'identifier')} used more than once (${countOf(c.duplicateIds.rows, 'row')})`,
      advice: 'The same customer may be counted twice; check these rows and remove the extra copies at the source.' });
  }
  if (c.kind === 'text' && !identifier && !c.personal && c.distinct > HIGH_CARDINALITY_DISTINCT) {
    add({ check: 'highCardinality', severity: 'info', count: c.distinct, rows: null,
      text: `${c.name}: ${countOf(c.distinct, 'different value')}, too many categories to encode one by one`,
      advice: 'Keep the most frequent levels and group the rest as "Other", or use frequency encoding.' });
  }
  if (c.impossible && c.impossible.count > 0) add(impossibleFinding(c));
  // Spread and outliers say nothing about identifiers or phone numbers that happen to be stored as numbers.
  if (c.numeric && !identifier && !c.personal) {
    const { skewness, q1, q3, median, mad, iqrOutliers, robustOutliers } = c.numeric;
    if (skewness !== null && Math.abs(skewness) > SKEW_FLAG) {
      add({ check: 'skew', severity: 'info', count: nonMissing, rows: null,
        text: `${c.name}: long ${skewness > 0 ? 'right' : 'left'} tail (skewness ${formatFigure(skewness)})`,
        advice: skewness > 0
          ? 'A few large values dominate; a log transform (log1p) evens it out before clustering.'
          : 'A few small values stand apart; a Yeo-Johnson transform evens it out before clustering.' });
    }
    const iqr = q3 - q1;
    if (iqrOutliers > 0) {
      const low = q1 - IQR_FENCE * iqr;
      const high = q3 + IQR_FENCE * iqr;
      add({ check: 'outliersIqr', severity: 'warning', count: iqrOutliers, rows: { kind: 'outside', column: c.name, low, high },
        text: `${c.name}: ${countOf(iqrOutliers, 'outlier')} by the IQR rule (below ${formatFigure(low)} or above ${formatFigure(high)})`,
        advice: 'Check whether they are errors; the recipe can clip or winsorise them.' });
    }
    if (robustOutliers > 0 && mad > 0) {
      add({ check: 'outliersRobustZ', severity: 'warning', count: robustOutliers,
        rows: { kind: 'robustZ', column: c.name, median, mad, limit: ROBUST_Z_LIMIT },
        text: `${c.name}: ${countOf(robustOutliers, 'outlier')} by robust z-score (|z| > ${ROBUST_Z_LIMIT} around the median ${formatFigure(median)})`,
        advice: 'Values far from the typical customer; check them before they pull a segment of their own.' });
    }
  }
  return out;
}

function impossibleFinding(c: ColumnQualityStats): Omit<QualityFinding, 'id' | 'column'> {
  const { count, rule, today } = c.impossible ?? { count: 0, rule: 'age' };
  const advice = 'They are data-entry errors: correct them at the source, or the recipe treats them as missing.';
  if (rule === 'age') {
    return { check: 'impossible', severity: 'critical', count, advice,
      rows: { kind: 'outside', column: c.name, low: AGE_RANGE.low, high: AGE_RANGE.high },
      text: `${c.name}: ${countOf(count, 'impossible value')} (below ${AGE_RANGE.low} or above ${AGE_RANGE.high})` };
  }
  if (rule === 'amount') {
    return { check: 'impossible', severity: 'critical', count, advice,
      rows: { kind: 'outside', column: c.name, low: 0, high: null },
      text: `${c.name}: ${countOf(count, 'negative amount')}` };
  }
  return { check: 'impossible', severity: 'critical', count, advice,
    rows: { kind: 'impossibleDate', column: c.name, today: today ?? new Date().toISOString().slice(0, 10) },
    text: `${c.name}: ${countOf(count, 'impossible date')} (before 1900 or in the future)` };
}

function quoted(value: string | null): string {
  return value === null ? 'empty' : `“${value.length > 40 ? `${value.slice(0, 39)}…` : value}”`;
}
