// Opt-in record of each DuckDB query's wall time on the page (sent to its answer decoded), for the browser
// load bench: it sets `globalThis.duckdbQueryTimings = []` before the app starts; otherwise nothing is kept.

export interface QueryTiming {
  /** The statement's first characters. */
  sql: string;
  /** performance.now() when the query was sent, and milliseconds until its answer was decoded. */
  start: number;
  ms: number;
  /** Rows in the answer. */
  rows: number;
}

/** The list the bench put on the page, if any. */
export function queryTimingLog(): QueryTiming[] | undefined {
  return (globalThis as { duckdbQueryTimings?: QueryTiming[] }).duckdbQueryTimings;
}

/** Wraps a query function so that, when the bench asks, each call's time is noted. */
export function timedQueries<T extends { numRows: number }>(query: (sql: string) => Promise<T>): (sql: string) => Promise<T> {
  return async (sql) => {
    const log = queryTimingLog();
    if (!log) return query(sql);
    const start = performance.now();
    const result = await query(sql);
    log.push({ sql: sql.slice(0, 160), start, ms: performance.now() - start, rows: result.numRows });
    return result;
  };
}
