// Reads one sheet of an .xlsx workbook into an Arrow table: the first non-empty row names the columns,
// every later row is a record (blank rows inside the data are kept as rows of missing values).
import { Table, type Vector } from 'apache-arrow';
import { DataLoadError } from './dataLoadError';
import type { WorkbookCell, WorkbookSheet } from './fileReaders';
import { vectorFromValues } from './valuesToArrow';

export interface SheetTable {
  table: Table;
  headers: string[];
  /** The sheet that was read, and every sheet of the workbook (for the sheet picker). */
  sheet: string;
  sheets: string[];
}

/** Reads `sheetName`, or the first sheet when it is not given. */
export function workbookToArrow(sheets: WorkbookSheet[], fileName: string, sheetName?: string): SheetTable {
  const names = sheets.map((s) => s.name);
  const sheet = sheetName === undefined ? sheets[0] : sheets.find((s) => s.name === sheetName);
  if (!sheet) {
    throw new DataLoadError({
      file: fileName,
      problem: sheetName === undefined ? 'The workbook has no sheet.' : `The workbook has no sheet named "${sheetName}".`,
      hint: names.length > 0 ? `Pick one of its sheets: ${names.join(', ')}.` : 'Open it in Excel, check that it holds a table, save it, then load it again.',
    });
  }
  const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => !isBlank(cell)));
  if (headerIndex < 0) {
    throw new DataLoadError({
      file: fileName,
      problem: `The sheet "${sheet.name}" is empty.`,
      hint: names.length > 1 ? 'Pick the sheet that holds the table in the sheet list.' : 'Check that you saved the right workbook, then load it again.',
    });
  }
  const headerRow = sheet.rows[headerIndex];
  const body = sheet.rows.slice(headerIndex + 1);
  const width = Math.max(headerRow.length, ...body.map((r) => r.length));
  const wide = body.findIndex((r) => r.slice(headerRow.length).some((cell) => !isBlank(cell)));
  if (wide >= 0) {
    throw new DataLoadError({
      file: fileName, line: headerIndex + wide + 2,
      problem: `Row ${headerIndex + wide + 2} of the sheet "${sheet.name}" has values to the right of the last named column.`,
      hint: 'Give that column a name in the header row (or delete the stray values), save, then load the file again.',
    });
  }
  const headers = Array.from({ length: Math.min(width, headerRow.length) }, (_, j) => headerText(headerRow[j]));
  const vectors: Record<string, Vector> = {};
  headers.forEach((_, j) => {
    vectors[`c${j}`] = vectorFromValues(body.map((row) => {
      const cell = row[j];
      return isBlank(cell) ? null : cell;
    }));
  });
  return { table: new Table(vectors), headers, sheet: sheet.name, sheets: names };
}

function isBlank(cell: WorkbookCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function headerText(cell: WorkbookCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
}
