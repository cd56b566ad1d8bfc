// The "Use these segments" action under the tree: the three cut lines become the current run, so the
// segments table, the map colours and the export follow them; says which run it made, or why it could not.
import { useState } from 'react';
import { adoptTreeCut } from '../../state/hierarchyCutRun';
import { useHierarchyStore } from '../../state/hierarchyStore';
import { useRunStore } from '../../state/runStore';

type Outcome = { kind: 'done' | 'error'; text: string } | null;

export function UseCutSegments() {
  const ready = useHierarchyStore((s) => s.treeStatus === 'done' && s.tree !== null);
  const running = useRunStore((s) => s.status === 'running');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const adopt = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const cut = await adoptTreeCut();
      setOutcome({
        kind: 'done',
        text: `Run ${cut.runId} now holds the tree's ${cut.segments} segments (${cut.sub_segments} sub-segments, ${cut.micro_segments} micro-segments).`,
      });
    } catch (error) {
      setOutcome({ kind: 'error', text: `The cut could not become the segments: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="use-cut">
      <button type="button" onClick={() => void adopt()} disabled={!ready || running || busy}>Use these segments</button>
      {outcome?.kind === 'done' ? <p role="status" data-testid="cut-run-status">{outcome.text}</p> : null}
      {outcome?.kind === 'error' ? <p className="alert" role="alert">{outcome.text}</p> : null}
    </div>
  );
}
