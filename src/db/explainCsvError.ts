// Turns DuckDB's CSV reader errors into DataLoadErrors in plain words, with the file's own line
// number (DuckDB counts records; a quoted value spanning lines would shift it).
import { sqlString, type Database } from './database';
import { DataLoadError } from './dataLoadError';
import { lineOfRecord } from './csvScanner';
import type { CsvDialect } from './sniffCsv';

export interface CsvErrorContext {
  db: Database;
  fileName: string;
  bytes: Uint8Array;
  dialect: CsvDialect;
  /** Name the file is registered under in DuckDB. */
  internalName: string;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };

export async function explainCsvError(message: string, context: CsvErrorContext): Promise<DataLoadError> {
  if (/Error when sniffing file/i.test(message)) {
    // The sniffer says only "could not detect the dialect": a plain read with every column as text,
    // nothing detected, names the first bad line.
    const diagnostic = await strictTextRead(context);
    if (diagnostic) return explainCsvError(diagnostic, context);
  }
  const { fileName, bytes, dialect } = context;
  const recordMatch = /CSV Error on Line: (\d+)/.exec(message);
  const line = recordMatch
    ? lineOfRecord(bytes, dialect.delimiter.charCodeAt(0), Number(recordMatch[1]), dialect.hasBom ? 3 : 0)
    : undefined;
  const delimiterName = DELIMITER_NAMES[dialect.delimiter];

  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (columns) {
    const [expected, found] = [Number(columns[1]), Number(columns[2])];
    return new DataLoadError({
      file: fileName, line,
      problem: `This row has ${found} fields but the header has ${expected} (fields are separated by ${delimiterName}s).`,
      hint: found > expected
        ? `A value probably contains a ${delimiterName} without quotes around it: put the value in double quotes or fix the row in a spreadsheet, then load the file again.`
        : 'Values are missing or the row was cut: fix the row in a spreadsheet (or delete it), then load the file again.',
    });
  }
  if (/unterminated quote/i.test(message)) {
    return new DataLoadError({
      file: fileName, line,
      problem: 'A value on this row opens a double quote (") that is never closed.',
      hint: 'Add the missing closing quote, or remove the stray one, then load the file again.',
    });
  }
  if (/Invalid unicode|not utf-8/i.test(message)) {
    return new DataLoadError({
      file: fileName, line,
      problem: 'This row is not valid UTF-8 text (the file may be Windows-1252 or Latin-1, or contain binary data).',
      hint: 'Save the file as "CSV UTF-8" (in Excel: Save As, CSV UTF-8) and load it again.',
    });
  }
  const conversion = /converting column "([^"]*)"[\s\S]*?Could not convert string "([^"]*)" to '([^']*)'/.exec(message);
  if (conversion) {
    return new DataLoadError({
      file: fileName, line, column: conversion[1],
      problem: `The value "${conversion[2]}" in column "${conversion[1]}" cannot be read as ${conversion[3]} like the rest of the column.`,
      hint: 'Fix or remove that value, then load the file again.',
    });
  }
  if (/Maximum line size/i.test(message)) {
    return new DataLoadError({
      file: fileName, line,
      problem: 'A row is longer than the reader accepts (about 2 MB): a quote may be missing, joining many lines into one.',
      hint: 'Check the quotes around this row, then load the file again.',
    });
  }
  // DuckDB names the file by the name it was registered under; the user knows it by its own name.
  const firstLine = message.replace(/^Error:\s*/, '').split('\n')[0].replaceAll(context.internalName, fileName);
  return new DataLoadError({
    file: fileName, line,
    problem: `The file could not be read as a table (${firstLine}).`,
    hint: 'Check that it is a comma, semicolon or tab separated text file whose first line names the columns.',
  });
}

/** Reads the file with every column as text and no detection; returns the error message, or null. */
async function strictTextRead({ db, dialect, internalName }: CsvErrorContext): Promise<string | null> {
  const columns = dialect.header.map((_, i) => `${sqlString(`column${i}`)}: 'VARCHAR'`).join(', ');
  try {
    await db.query(`SELECT count(*) FROM read_csv(${sqlString(internalName)}, delim=${sqlString(dialect.delimiter)}, ` +
      `header=true, quote='"', escape='"', skip=0, strict_mode=true, null_padding=false, auto_detect=false, columns={${columns}})`);
    return null;
  } catch (error) {
    return String(error);
  }
}
