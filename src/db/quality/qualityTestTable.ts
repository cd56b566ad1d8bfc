// Test tables for the quality checks: customers with planted problems (gaps, impossible ages and
// dates, negative amounts, repeated identifiers, exact copies, personal data, near-duplicate names),
// loaded straight into `dataset` with fixed types so the tests do not depend on CSV type sniffing.
import { sqlIdentifier, sqlString, type Database } from '../database';
import type { QualityDataset } from './qualityDataset';
import { createRandom } from '../../analysis/random';

export interface PlantedTable {
  header: string[];
  types: string[];
  /** Cell text; null is a missing value. */
  rows: Array<Array<string | null>>;
}

const FIRST = ['Jean', 'Marie', 'Pierre', 'Sophie', 'Luc', 'Camille', 'Hugo', 'Chloé', 'Louis', 'Emma', 'Nathalie', 'Thomas'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia'];

/** 400 customers, then 5 exact copies of earlier rows; every planted problem is in the cells, none in a count. */
export function makePlantedTable(seed = 3): PlantedTable {
  const rng = createRandom(seed);
  const header = ['customer_id', 'full_name', 'email', 'phone', 'bank', 'age', 'total_spend', 'signup_date', 'country', 'source', 'city'];
  const types = ['VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'BIGINT', 'DOUBLE', 'DATE', 'VARCHAR', 'VARCHAR', 'VARCHAR'];
  const rows: Array<Array<string | null>> = [];
  for (let i = 0; i < 400; i++) {
    const first = FIRST[rng.int(FIRST.length)];
    const last = LAST[rng.int(LAST.length)];
    const phoneStyle = i % 3;
    const digits = String(10_000_000 + rng.int(89_999_999));
    const pairs = digits.match(/../g) ?? [];
    const phone = phoneStyle === 0 ? `06 ${pairs.join(' ')}` : phoneStyle === 1 ? `+33 7 ${pairs.join(' ')}` : `01.${pairs.join('.')}`;
    const day = new Date(Date.UTC(2012, 0, 1) + rng.int(4000) * 86_400_000).toISOString().slice(0, 10);
    rows.push([
      // Identifiers 10 and 11 are each used twice.
      `C${String(i === 200 ? 10 : i === 300 ? 11 : i === 301 ? 11 : i).padStart(5, '0')}`,
      `${first} ${last}`,
      rng.next() < 0.04 ? null : `${first}.${last}${i}@exemple.fr`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      phone,
      `FR76 ${String(3000_6000 + i).slice(0, 4)} ${String(1000 + i)} 0112 3456 7890 ${String(100 + (i % 900)).padStart(3, '0')}`,
      rng.next() < 0.05 ? null : String(18 + rng.int(60)),
      (Math.exp(3 + 1.2 * rng.normal())).toFixed(2),
      day,
      rng.next() < 0.97 ? 'FR' : 'BE',
      'crm',
      `Ville ${rng.int(80)}`,
    ]);
  }
  // Impossible values: ages, a negative spend, dates before 1900 and in the future.
  rows[5][5] = '-2';
  rows[17][5] = '135';
  rows[250][5] = '150';
  rows[40][6] = '-35.5';
  rows[41][6] = '98000';
  rows[60][7] = '1850-03-01';
  rows[61][7] = '2199-12-31';
  for (const from of [3, 3, 50, 120, 399]) rows.push([...rows[from]]);
  return { header, types, rows };
}

/** Loads a planted table as `dataset` with row_id 0..n-1 in row order. */
export async function loadPlantedTable(db: Database, table: PlantedTable): Promise<QualityDataset> {
  const values = table.rows.map((row, i) =>
    `(${i}, ${row.map((cell, j) => (cell === null ? 'NULL' : `CAST(${sqlString(cell)} AS ${table.types[j]})`)).join(', ')})`);
  const columns = table.header.map((h, j) => `${sqlIdentifier(h)} ${table.types[j]}`).join(', ');
  await db.query(`DROP TABLE IF EXISTS dataset; CREATE TABLE dataset (row_id BIGINT, ${columns})`);
  for (let start = 0; start < values.length; start += 500) {
    await db.query(`INSERT INTO dataset VALUES ${values.slice(start, start + 500).join(', ')}`);
  }
  return {
    rowCount: table.rows.length,
    columns: table.header.map((h, j) => ({ name: h, sqlType: table.types[j], header: h })),
  };
}
