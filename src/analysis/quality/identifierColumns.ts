// Decides whether a column holds identifiers (customer numbers, codes) rather than measures or
// categories: by its name, or because nearly every value is different in a whole-number or text column.
import { hasIdentifierName } from './columnNameRules';
import { IDENTIFIER_DISTINCT_SHARE } from './qualityRules';

export interface IdentifierEvidence {
  name: string;
  kind: 'numeric' | 'text' | 'date' | 'boolean';
  integer: boolean;
  total: number;
  missing: number;
  distinct: number;
}

export function isIdentifierLike(c: IdentifierEvidence): boolean {
  const nonMissing = c.total - c.missing;
  if (nonMissing < 2 || c.kind === 'date' || c.kind === 'boolean') return false;
  if (c.kind === 'numeric' && !c.integer) return false;
  if (hasIdentifierName(c.name)) return c.distinct >= 0.5 * nonMissing;
  return nonMissing >= 20 && c.distinct >= IDENTIFIER_DISTINCT_SHARE * nonMissing && nonMissing >= 0.95 * c.total;
}
