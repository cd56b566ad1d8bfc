// What reading a file again did, in words: the values that changed, what became of the recipe's steps and of the
// segments; when the segments had to be cleared, says why and offers to run again with the same parameters.
import { useRunStore } from '../../state/runStore';
import { runAgainAsBefore } from '../../state/customerReread';
import type { RereadEffect } from '../../state/readingStore';
import { algorithmTitles, describeChoice } from '../../workers/algorithmChoice';

/** `unchanged`: the words when the re-read changed nothing it can name. */
export function RereadNotice({ effect, testId, unchanged }: { effect: RereadEffect; testId: string; unchanged: string }) {
  const runAgain = useRunStore((s) => s.run === null && s.status !== 'running');
  const { run, recipe } = effect;
  return (
    <div className="reread-notice">
      <p role="status" data-testid={testId}>
        {effect.changes.length > 0 ? `Read again: ${effect.changes.join('; ')}.` : unchanged}
      </p>
      {recipe ? (
        <ul aria-label="What became of the recipe">
          {recipe.length > 0 ? recipe.map((line) => <li key={line}>{line}</li>) : <li>The recipe’s steps were kept as they were.</li>}
        </ul>
      ) : null}
      {effect.qualityDropped ? (
        <p className="warning" role="note">
          The fuzzy-duplicate search and the rows left out of modelling were made on another number of rows, so they were not put back:
          run the search again in the quality report.
        </p>
      ) : null}
      {run?.kept ? <p data-testid="reread-run">The segments were kept: no column the model uses changed.</p> : null}
      {run && !run.kept ? (
        <p data-testid="reread-run">
          {run.changed === 'all'
            ? 'The segments were cleared: the number of rows changed.'
            : `The segments were cleared: the values of ${run.changed.join(', ')} changed, and the model uses ${run.changed.length > 1 ? 'them' : 'it'}.`}
          {run.cleared && runAgain ? (
            <>
              {' '}
              <button type="button" onClick={() => void runAgainAsBefore()}
                title={`${algorithmTitles[run.cleared.choice.algorithm]} (${describeChoice(run.cleared.choice)}), seed ${run.cleared.seed}`}>
                Run again with the same parameters
              </button>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
