// Value patterns that reveal personal data in a text column (RE2 syntax, which DuckDB's regexp
// functions use): e-mails, phone numbers (French and international), IBANs and postal addresses.
import type { PersonalDataKind } from './columnNameRules';

export interface PersonalDataPattern {
  kind: PersonalDataKind;
  /** Matched against the whole trimmed value, case-insensitively. */
  regex: string;
}

export const PERSONAL_DATA_PATTERNS: PersonalDataPattern[] = [
  { kind: 'e-mail', regex: String.raw`[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}` },
  // 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, +33 (0)6 12 34 56 78, 0033612345678,
  // and other international numbers written with a leading +.
  { kind: 'phone number', regex: String.raw`(((\+|00)33[ .-]?(\(0\))?[ .-]?)|0)[1-9]([ .-]?[0-9]{2}){4}|\+[1-9][0-9]{0,2}([ .-]?[0-9]{2,4}){3,5}` },
  // FR76 3000 6000 0112 3456 7890 189, or the same without spaces.
  { kind: 'IBAN', regex: String.raw`[a-z]{2}[0-9]{2}( ?[a-z0-9]{4}){2,7}( ?[a-z0-9]{1,4})?` },
  // 12 rue de la Paix, 3 bis avenue Foch, 10, boulevard Haussmann, 221B Baker Street.
  { kind: 'postal address', regex: String.raw`[0-9]{1,4}( ?(bis|ter|[a-z]))?,? +(rue|avenue|av\.?|boulevard|bd|place|pl\.?|chemin|allee|allée|impasse|route|rte|quai|cours|square|sq|passage|street|st\.?|road|rd\.?|lane|drive|way) .+` },
];

/** A column is flagged when at least this share of its non-missing values matches one pattern. */
export const PERSONAL_DATA_MIN_SHARE = 0.5;
