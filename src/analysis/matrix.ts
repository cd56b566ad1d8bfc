// The numeric matrix shared by every algorithm: row-major Float64Array with its shape.
// Helpers here create and view matrices without copying where possible.

/** A dense row-major matrix: element (i, j) is data[i * cols + j]. */
export interface Matrix {
  data: Float64Array;
  rows: number;
  cols: number;
}

export function createMatrix(rows: number, cols: number): Matrix {
  return { data: new Float64Array(rows * cols), rows, cols };
}

/** Wraps existing row-major data, checking that the shape fits. */
export function matrixFrom(data: Float64Array, rows: number, cols: number): Matrix {
  if (data.length !== rows * cols) {
    throw new Error(`Matrix shape ${rows} x ${cols} does not match ${data.length} values`);
  }
  return { data, rows, cols };
}

/** Builds a matrix from nested arrays (tests and fixtures). */
export function matrixFromRows(rows: ArrayLike<ArrayLike<number>>): Matrix {
  const n = rows.length;
  const d = n > 0 ? rows[0].length : 0;
  const out = createMatrix(n, d);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (row.length !== d) throw new Error(`Row ${i} has ${row.length} values, expected ${d}`);
    for (let j = 0; j < d; j++) out.data[i * d + j] = row[j];
  }
  return out;
}

/** A copy of row i (for tests and small outputs; hot loops index data directly). */
export function rowOf(m: Matrix, i: number): Float64Array {
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}
