// Fuzzy duplicates: the analyst picks the columns to compare (names, e-mails, addresses) and a
// similarity threshold; groups come back with "keep first" (others left out of modelling) or "keep all".
// Search and decisions are stored: after a reload they are shown again, marked as restored.
import { useDatasetStore } from '../../state/datasetStore';
import { useQualityStore } from '../../state/qualityStore';
import { decideFuzzyGroup, findFuzzyDuplicates, setFuzzyColumns, setFuzzyMeasure, setFuzzyThreshold } from '../../state/qualityActions';
import { NumberField } from '../common/NumberField';

/** Groups listed on screen; the decision buttons act on these. */
const GROUPS_SHOWN = 100;

export function FuzzyDuplicatesSection() {
  const profiles = useDatasetStore((s) => s.profiles);
  const { fuzzyColumns, fuzzyThreshold, fuzzyMeasure, fuzzyStatus, fuzzyMessage, fuzzy, decisions, excludedCount, decisionsRestored } = useQualityStore();
  const candidates = profiles.filter((p) => p.kind === 'text');
  const order = profiles.map((p) => p.name);
  const duplicateRows = fuzzy ? fuzzy.groups.reduce((sum, g) => sum + g.rows.length - 1, 0) : 0;
  return (
    <section aria-labelledby="fuzzy-heading">
      <h3 id="fuzzy-heading">Fuzzy duplicates</h3>
      <div className="fuzzy-form">
        {/* A list box rather than checkboxes: the feature picker's checkboxes are already named after the columns. */}
        <label>
          Columns to compare
          <select multiple size={Math.min(6, Math.max(2, candidates.length))} value={fuzzyColumns}
            onChange={(e) => setFuzzyColumns(order.filter((c) => Array.from(e.target.selectedOptions, (o) => o.value).includes(c)))}>
            {candidates.map((p) => <option key={p.name} value={p.name}>{p.name}</option>)}
          </select>
        </label>
        {candidates.length === 0 ? <span className="muted">No text column to compare.</span> : null}
        <label>
          Similarity measure{' '}
          <select value={fuzzyMeasure} onChange={(e) => setFuzzyMeasure(e.target.value === 'jaro_winkler' ? 'jaro_winkler' : 'levenshtein')}>
            <option value="levenshtein">Levenshtein (share of characters unchanged)</option>
            <option value="jaro_winkler">Jaro-Winkler (forgiving after a shared start)</option>
          </select>
        </label>
        <NumberField label="Similarity threshold" value={fuzzyThreshold} min={0.5} max={1} step={0.01} integer={false}
          help="Similarity of the values after case, accents and punctuation are set aside (1 = identical)" onChange={setFuzzyThreshold} />
        <button type="button" onClick={() => void findFuzzyDuplicates()} disabled={fuzzyStatus === 'running'}>
          Find fuzzy duplicates
        </button>
      </div>
      {fuzzyStatus === 'running' ? <p className="status-line">Comparing values…</p> : null}
      {fuzzyStatus === 'error' ? <p role="alert">{fuzzyMessage}</p> : null}
      {fuzzy && fuzzyStatus === 'done' ? (
        <>
          <p data-testid="fuzzy-summary">
            {fuzzy.groups.length === 0
              ? `No fuzzy duplicates at similarity ${fuzzyThreshold} or more.`
              : `${fuzzy.groups.length.toLocaleString('en')} group${fuzzy.groups.length === 1 ? '' : 's'} of similar rows ` +
                `(${duplicateRows.toLocaleString('en')} possible duplicate${duplicateRows === 1 ? '' : 's'}), ` +
                `from ${fuzzy.comparisons.toLocaleString('en')} comparisons among ${fuzzy.distinctValues.toLocaleString('en')} distinct values.`}
            {fuzzy.groups.length > GROUPS_SHOWN ? ` The first ${GROUPS_SHOWN} are listed.` : ''}
          </p>
          {decisionsRestored ? <p className="muted" data-testid="fuzzy-restored">Your search and decisions below are those of your last session.</p> : null}
          <ol className="fuzzy-groups" aria-label="Fuzzy duplicate groups">
            {fuzzy.groups.slice(0, GROUPS_SHOWN).map((g, k) => (
              <li key={g.rows[0].rowId}>
                {g.rows.map((r) => <div key={r.rowId}>row {(r.rowId + 1).toLocaleString('en')}: {r.text}</div>)}
                <div className="group-actions">
                  <span className="muted">similarity ≥ {g.similarity.toFixed(2)}</span>
                  <button type="button" aria-pressed={decisions[k] === 'keep first'} aria-label={`Keep first of group ${k + 1}`}
                    onClick={() => void decideFuzzyGroup(k, 'keep first')}>Keep first</button>
                  <button type="button" aria-pressed={decisions[k] === 'keep all'} aria-label={`Keep all of group ${k + 1}`}
                    onClick={() => void decideFuzzyGroup(k, 'keep all')}>Keep all</button>
                  {decisions[k] === 'keep first' ? <span>{g.rows.length - 1} left out of modelling</span> : null}
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="muted" data-testid="excluded-summary">
        {excludedCount === 0 ? 'No row is left out of modelling.' : `${excludedCount.toLocaleString('en')} row${excludedCount === 1 ? '' : 's'} left out of modelling (kept in the export).`}
      </p>
    </section>
  );
}
