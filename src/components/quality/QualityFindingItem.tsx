// One finding of the quality report: severity, what is wrong in plain words, what to do, and a
// button that shows the rows behind it (exact copies can also be left out of modelling from here).
import { useState } from 'react';
import type { QualityFinding } from '../../analysis/quality/qualityFinding';
import { useQualityStore } from '../../state/qualityStore';
import { setExactCopiesLeftOut } from '../../state/qualityActions';
import { FindingRowsTable } from './FindingRowsTable';

export function QualityFindingItem({ finding }: { finding: QualityFinding }) {
  const [open, setOpen] = useState(false);
  const copiesLeftOut = useQualityStore((s) => s.exactCopiesLeftOut);
  const selector = finding.rows;
  return (
    <li className="quality-finding" data-check={finding.check}>
      <div className="finding-line">
        <span className={`severity ${finding.severity}`}>{finding.severity}</span>
        <span className="finding-text">{finding.text}</span>
        {selector ? (
          <button type="button" aria-expanded={open} aria-label={`${open ? 'Hide' : 'Show'} rows: ${finding.text}`} onClick={() => setOpen(!open)}>
            {open ? 'Hide rows' : 'Show rows'}
          </button>
        ) : null}
        {finding.check === 'exactDuplicates' ? (
          <label>
            <input type="checkbox" checked={copiesLeftOut} onChange={(e) => void setExactCopiesLeftOut(e.target.checked)} />
            {' '}Leave the extra copies out of modelling
          </label>
        ) : null}
      </div>
      <div className="finding-advice">{finding.advice}</div>
      {open && selector ? <FindingRowsTable finding={finding} selector={selector} /> : null}
    </li>
  );
}
