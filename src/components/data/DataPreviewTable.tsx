// A virtualised preview of every row: only the rows in view are rendered, fetched from DuckDB by page.
// Scrolling to the last row of a million-row file costs the same as showing the first.
import { useMemo, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useDatasetStore } from '../../state/datasetStore';
import { fetchPreviewPage } from '../../state/datasetQueries';

const ROW_HEIGHT = 28;
const VIEW_HEIGHT = 340;
const PAGE_SIZE = 100;
/** Browsers stop growing a scroll area near 33M px; beyond this we map scroll position to rows. */
const MAX_SCROLL_HEIGHT = 15_000_000;

export function DataPreviewTable() {
  const info = useDatasetStore((s) => s.info);
  const version = useDatasetStore((s) => s.version);
  const [scrollTop, setScrollTop] = useState(0);
  const rowCount = info?.rowCount ?? 0;
  const naturalHeight = rowCount * ROW_HEIGHT;
  const totalHeight = Math.min(naturalHeight, MAX_SCROLL_HEIGHT);
  const scale = totalHeight > 0 ? naturalHeight / totalHeight : 1;
  const visibleCount = Math.ceil(VIEW_HEIGHT / ROW_HEIGHT) + 2;
  const first = Math.min(Math.max(0, rowCount - visibleCount + 1), Math.floor((scrollTop * scale) / ROW_HEIGHT));
  const last = Math.min(rowCount - 1, first + visibleCount);
  const pages = useMemo(() => {
    const list: number[] = [];
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(Math.max(first, last) / PAGE_SIZE); p++) list.push(p);
    return list;
  }, [first, last]);
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: ['preview', version, page],
      queryFn: () => fetchPreviewPage(page * PAGE_SIZE, PAGE_SIZE),
    })),
  });
  if (!info) return null;
  const rowAt = (i: number): string[] | undefined => {
    const pageIndex = pages.indexOf(Math.floor(i / PAGE_SIZE));
    return pageIndex >= 0 ? results[pageIndex]?.data?.[i % PAGE_SIZE] : undefined;
  };
  const width = 70 + info.columns.length * 140;
  const rows = [];
  for (let i = first; i <= last; i++) {
    const values = rowAt(i);
    // Below the header; in a compressed scroll area rows are laid out from the current scroll position.
    const top = scale === 1 ? ROW_HEIGHT + i * ROW_HEIGHT : ROW_HEIGHT + scrollTop + (i - first) * ROW_HEIGHT;
    rows.push(
      <div key={i} className="prow" role="row" aria-rowindex={i + 2} style={{ top, width }}>
        <div className="pcell index" role="rowheader">{(i + 1).toLocaleString('en')}</div>
        {info.columns.map((c, j) => <div key={c.name} className="pcell" role="cell">{values ? values[j] : '…'}</div>)}
      </div>,
    );
  }
  return (
    <div
      className="preview"
      role="table"
      aria-label="Data preview"
      aria-rowcount={rowCount + 1}
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: totalHeight + ROW_HEIGHT, width, position: 'relative' }}>
        <div className="prow header" role="row" aria-rowindex={1} style={{ width }}>
          <div className="pcell index" role="columnheader">#</div>
          {info.columns.map((c) => <div key={c.name} className="pcell" role="columnheader" title={c.name}>{c.name}</div>)}
        </div>
        {rows}
      </div>
    </div>
  );
}
