// Finds personal data per column: by its name (email, nom, téléphone, adresse, IBAN) and, for text
// columns, by the share of values that look like e-mails, phone numbers, IBANs or postal addresses.
import { sqlIdentifier, sqlString, type Database } from '../database';
import type { QualityDataset } from './qualityDataset';
import type { ColumnProfile } from '../profileDataset';
import { personalDataByName } from '../../analysis/quality/columnNameRules';
import type { ColumnQualityStats } from '../../analysis/quality/columnQualityStats';
import { PERSONAL_DATA_MIN_SHARE, PERSONAL_DATA_PATTERNS } from '../../analysis/quality/personalDataPatterns';

export type PersonalDataFinding = NonNullable<ColumnQualityStats['personal']>;

/** Personal data per column name (columns without any are absent). */
/**
 * `firstRows` limits the value scan to the table's first rows (the load path decides from a sample and
 * stays fast on a million rows); without it every value is counted, as the report shows.
 */
export async function scanPersonalData(db: Database, info: QualityDataset, profiles: ColumnProfile[], firstRows?: number): Promise<Map<string, PersonalDataFinding>> {
  const found = new Map<string, PersonalDataFinding>();
  const total = info.rowCount;
  const aggregates: string[] = [];
  const textColumns = profiles.filter((p) => p.kind === 'text' && p.missing < total);
  textColumns.forEach((p, i) => {
    const value = `lower(trim(CAST(${sqlIdentifier(p.name)} AS VARCHAR)))`;
    PERSONAL_DATA_PATTERNS.forEach((pattern, k) => {
      aggregates.push(`count(*) FILTER (WHERE regexp_full_match(${value}, ${sqlString(pattern.regex)}))::DOUBLE AS m_${i}_${k}`);
    });
  });
  if (aggregates.length > 0) {
    const scanned = firstRows === undefined ? 'dataset' : `(SELECT * FROM dataset WHERE row_id < ${Math.floor(firstRows)})`;
    const filled = textColumns.map((p, i) => `count(${sqlIdentifier(p.name)})::DOUBLE AS nn_${i}`);
    const result = await db.query(`SELECT ${[...aggregates, ...filled].join(', ')} FROM ${scanned}`);
    textColumns.forEach((p, i) => {
      const nonMissing = Number(result.getChild(`nn_${i}`)?.get(0) ?? 0);
      let best = -1;
      let bestCount = 0;
      PERSONAL_DATA_PATTERNS.forEach((_, k) => {
        const count = Number(result.getChild(`m_${i}_${k}`)?.get(0) ?? 0);
        if (count > bestCount) {
          best = k;
          bestCount = count;
        }
      });
      if (best >= 0 && bestCount >= PERSONAL_DATA_MIN_SHARE * nonMissing) {
        const pattern = PERSONAL_DATA_PATTERNS[best];
        found.set(p.name, { kind: pattern.kind, matches: bestCount, byName: false, pattern: pattern.regex });
      }
    });
  }
  for (const p of profiles) {
    const kind = personalDataByName(p.name);
    if (kind && !found.has(p.name)) found.set(p.name, { kind, matches: total - p.missing, byName: true, pattern: null });
  }
  return found;
}
