// The error a user sees when a file cannot be loaded: what happened, where (file, line, column)
// and what to do next, in plain words. Ingestion code throws only this for problems in the file.

export interface DataLoadErrorDetails {
  file: string;
  /** What is wrong, as a sentence ending with a full stop. */
  problem: string;
  /** What the user can do about it, as a sentence. */
  hint: string;
  /** 1-based physical line in the file, when known. */
  line?: number;
  /** 1-based column (byte position within the line) or the column's name, when known. */
  column?: number | string;
}

export class DataLoadError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number | string;
  readonly problem: string;
  readonly hint: string;
  /** Where and what, without the hint ("f.csv, line 5: This row has ..."), for showing the hint apart. */
  readonly summary: string;

  constructor(details: DataLoadErrorDetails) {
    const summary = `${describeWhere(details)}: ${details.problem}`;
    super(`${summary} ${details.hint}`);
    this.summary = summary;
    this.name = 'DataLoadError';
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.problem = details.problem;
    this.hint = details.hint;
  }
}

function describeWhere({ file, line, column }: DataLoadErrorDetails): string {
  let where = file;
  if (line !== undefined) where += `, line ${line}`;
  if (typeof column === 'number') where += `, column ${column}`;
  else if (column !== undefined) where += `, column "${column}"`;
  return where;
}
