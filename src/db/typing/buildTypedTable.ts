// Builds the typed table from the raw text table by SQL casts, one typed column per raw column, and
// checks it: a column where any present value failed its cast is rebuilt as text (never a silent NULL).
import { sqlIdentifier, type Database } from '../database';
import type { ColumnTyping } from './columnTyping';
import { inferColumnTypes, type RawColumn } from './inferColumnTypes';
import { typedColumnSql } from './typedColumnSql';

export interface TypedColumn {
  sqlType: string;
  details: { missingTokens: number; decimalMark?: '.' | ','; dateFormat?: string; typeNote?: string };
}

export async function buildTypedTable(db: Database, rawTable: string, target: string, columns: RawColumn[], delimiter: string): Promise<TypedColumn[]> {
  const inferred = await inferColumnTypes(db, rawTable, columns, delimiter);
  const typings: ColumnTyping[] = inferred.map((c) => c.typing);
  await create(db, rawTable, target, columns, typings);
  const failed = await failedCasts(db, target, columns, inferred.map((c) => c.stats.present));
  if (failed.some((n) => n > 0)) {
    failed.forEach((n, i) => {
      if (n > 0) typings[i] = { type: 'text', note: `${n.toLocaleString('en')} values did not read as ${typings[i].type}, so the column stays text` };
    });
    await create(db, rawTable, target, columns, typings);
  }
  return typings.map((typing, i) => ({
    sqlType: typing.type === 'text' ? 'VARCHAR' : typing.sqlType,
    details: {
      missingTokens: inferred[i].stats.missingTokens,
      ...(typing.type === 'number' ? { decimalMark: typing.decimalMark } : {}),
      ...(typing.type === 'date' ? { dateFormat: typing.dateFormat } : {}),
      ...(typing.note ? { typeNote: typing.note } : {}),
    },
  }));
}

async function create(db: Database, rawTable: string, target: string, columns: RawColumn[], typings: ColumnTyping[]): Promise<void> {
  const select = columns.map((c, i) => `${typedColumnSql(sqlIdentifier(c.name), typings[i], c.missing)} AS ${sqlIdentifier(c.name)}`);
  await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(target)}`);
  await db.query(`CREATE TABLE ${sqlIdentifier(target)} AS SELECT row_id${select.map((s) => `, ${s}`).join('')} FROM ${sqlIdentifier(rawTable)}`);
}

/** Present values per column that the typed column lost (0 everywhere when every cast succeeded). */
async function failedCasts(db: Database, target: string, columns: RawColumn[], present: number[]): Promise<number[]> {
  if (columns.length === 0) return [];
  const result = await db.query(`SELECT ${columns.map((c, i) => `count(${sqlIdentifier(c.name)})::DOUBLE AS n${i}`).join(', ')} FROM ${sqlIdentifier(target)}`);
  return columns.map((_, i) => present[i] - Number(result.getChild(`n${i}`)?.get(0) ?? 0));
}
