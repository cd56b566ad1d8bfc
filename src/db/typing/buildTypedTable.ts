// Builds the typed table from the loading table (columns read typed where the plan allows, else as text)
// and checks it: a column where any present value failed its cast is rebuilt as text (never a silent NULL).
import { sqlIdentifier, type Database } from '../database';
import type { ColumnPlan } from './columnPlan';
import type { ColumnStats, ColumnTyping } from './columnTyping';
import { inferColumnTypes, type RawColumn } from './inferColumnTypes';
import { typedColumnSql } from './typedColumnSql';

export interface TypedColumn {
  sqlType: string;
  details: { missingTokens: number; decimalMark?: '.' | ','; dateFormat?: string; typeNote?: string };
  /** The column's text is kept in the raw table (its typed value does not print as the file wrote it). */
  keptRaw: boolean;
  /** A printf format that writes the typed value back as the file wrote it (decimals with fixed places). */
  printFormat?: string;
}

interface Settled {
  direct: boolean;
  printFormat?: string;
  typing: ColumnTyping;
  stats: ColumnStats;
}

/**
 * `source` holds row_id and every column (typed for 'direct' plans, text otherwise). It becomes `target`
 * (renamed when every column is final already); the text of the columns that changed goes to `rawTarget`.
 */
export async function buildTypedTable(db: Database, source: string, target: string, rawTarget: string, columns: RawColumn[],
  plans: ColumnPlan[], delimiter: string): Promise<TypedColumn[]> {
  const open = plans.flatMap((p, i) => (p.mode === 'inferred' ? [i] : []));
  const inferred = await inferColumnTypes(db, source, open.map((i) => columns[i]), delimiter);
  const settled: Settled[] = plans.map((p, i) => (p.mode === 'inferred'
    ? { direct: false, ...inferred[open.indexOf(i)] }
    : { direct: p.mode === 'direct', typing: p.typing, stats: p.stats, printFormat: p.mode === 'direct' ? p.printFormat : undefined }));
  const keepRaw = settled.map((s) => !s.direct && !(s.typing.type === 'text' && s.stats.missingTokens === 0));
  if (keepRaw.some(Boolean)) {
    await db.query(`CREATE TABLE ${sqlIdentifier(rawTarget)} AS SELECT row_id${columns.flatMap((c, i) => (keepRaw[i] ? [`, ${sqlIdentifier(c.name)}`] : [])).join('')} ` +
      `FROM ${sqlIdentifier(source)}`);
  }
  if (settled.every((s) => s.direct)) {
    await db.query(`ALTER TABLE ${sqlIdentifier(source)} RENAME TO ${sqlIdentifier(target)}`);
  } else {
    await create(db, source, target, columns, settled);
    const failed = await failedCasts(db, target, columns, settled);
    if (failed.some((n) => n > 0)) {
      failed.forEach((n, i) => {
        if (n > 0) settled[i].typing = { type: 'text', note: `${n.toLocaleString('en')} values did not read as ${settled[i].typing.type}, so the column stays text` };
      });
      await create(db, source, target, columns, settled);
    }
  }
  return settled.map(({ typing, stats, printFormat }, i) => ({
    sqlType: typing.type === 'text' ? 'VARCHAR' : typing.sqlType,
    details: {
      missingTokens: stats.missingTokens,
      ...(typing.type === 'number' ? { decimalMark: typing.decimalMark } : {}),
      ...(typing.type === 'date' ? { dateFormat: typing.dateFormat } : {}),
      ...(typing.note ? { typeNote: typing.note } : {}),
    },
    keptRaw: keepRaw[i],
    ...(printFormat ? { printFormat } : {}),
  }));
}

async function create(db: Database, source: string, target: string, columns: RawColumn[], settled: Settled[]): Promise<void> {
  const select = columns.map((c, i) => {
    const name = sqlIdentifier(c.name);
    return settled[i].direct ? name : `${typedColumnSql(name, settled[i].typing, c.missing)} AS ${name}`;
  });
  await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(target)}`);
  await db.query(`CREATE TABLE ${sqlIdentifier(target)} AS SELECT row_id${select.map((s) => `, ${s}`).join('')} FROM ${sqlIdentifier(source)}`);
}

/** Present values per typed-from-text column that the typed column lost (0 everywhere when every cast succeeded). */
async function failedCasts(db: Database, target: string, columns: RawColumn[], settled: Settled[]): Promise<number[]> {
  const checked = columns.flatMap((_, i) => (settled[i].direct || settled[i].typing.type === 'text' ? [] : [i]));
  if (checked.length === 0) return columns.map(() => 0);
  const result = await db.query(`SELECT ${checked.map((i) => `count(${sqlIdentifier(columns[i].name)})::DOUBLE AS n${i}`).join(', ')} FROM ${sqlIdentifier(target)}`);
  return columns.map((_, i) => (checked.includes(i) ? settled[i].stats.present - Number(result.getChild(`n${i}`)?.get(0) ?? 0) : 0));
}
