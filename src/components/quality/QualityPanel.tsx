// The quality report: one screen listing what is wrong with the data, most severe first, in plain
// words, with the rows behind each finding; then the fuzzy-duplicate search.
import { useQuery } from '@tanstack/react-query';
import { useDatasetStore } from '../../state/datasetStore';
import { fetchQualityReport } from '../../state/qualityActions';
import { QualityFindingItem } from './QualityFindingItem';
import { FuzzyDuplicatesSection } from './FuzzyDuplicatesSection';
import './quality.css';

export function QualityPanel() {
  const version = useDatasetStore((s) => s.version);
  const { data, error, isPending } = useQuery({ queryKey: ['quality-report', version], queryFn: fetchQualityReport });
  return (
    <section className="panel" aria-labelledby="quality-heading">
      <h2 id="quality-heading">Quality report</h2>
      {isPending ? <p className="status-line">Checking the data…</p> : null}
      {error ? <p role="alert">The quality report could not be made: {String(error)}. Reload the file and try again.</p> : null}
      {data ? (
        <>
          <p data-testid="quality-summary">
            {data.findings.length === 0
              ? 'No problem found.'
              : `${data.findings.length} finding${data.findings.length === 1 ? '' : 's'}, most severe first.`}
          </p>
          <ul className="quality-findings" aria-label="Quality findings">
            {data.findings.map((f) => <QualityFindingItem key={f.id} finding={f} />)}
          </ul>
        </>
      ) : null}
      <FuzzyDuplicatesSection />
    </section>
  );
}
