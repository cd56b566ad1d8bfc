// Agglomerative (hierarchical) clustering: linkage and metric under scikit-learn's names, where to cut
// the tree, and the optional three-level cut into segments, sub-segments and micro-segments.
import { setAlgorithmParams, useRunStore } from '../../state/runStore';
import { ParamField } from './ParamField';
import { ChoiceField } from './ChoiceField';

const WARD_ONLY = 'ward uses euclidean distances only';

export function AgglomerativeParams() {
  const p = useRunStore((s) => s.settings.agglomerative);
  const set = (patch: Partial<typeof p>) => setAlgorithmParams('agglomerative', patch);
  const ward = p.linkage === 'ward';
  return (
    <>
      <ChoiceField label="Linkage (linkage)" value={p.linkage}
        help="how the distance between two groups is measured when merging them"
        choices={[
          { value: 'ward', text: 'ward (least added variance)' }, { value: 'complete', text: 'complete (farthest pair)' },
          { value: 'average', text: 'average (mean pair)' }, { value: 'single', text: 'single (closest pair)' },
        ]}
        onChange={(linkage) => set(linkage === 'ward' ? { linkage, metric: 'euclidean' } : { linkage })} />
      <ChoiceField label="Distance (metric)" value={ward ? 'euclidean' : p.metric}
        help={ward ? `${WARD_ONLY}; choose another linkage for manhattan or cosine` : 'how distance is measured between customers'}
        choices={[
          { value: 'euclidean', text: 'euclidean' },
          { value: 'manhattan', text: 'manhattan', disabledReason: ward ? WARD_ONLY : undefined },
          { value: 'cosine', text: 'cosine', disabledReason: ward ? WARD_ONLY : undefined },
        ]}
        onChange={(metric) => set({ metric })} />
      <ChoiceField label="Cut the tree (cut)" value={p.cut}
        help="where the tree of merges is cut into segments"
        choices={[
          { value: 'count', text: 'into a number of segments' },
          { value: 'height', text: 'at a height' },
          { value: 'gap', text: 'at the largest gap between merges' },
        ]}
        onChange={(cut) => set({ cut })} />
      {p.cut === 'count' ? (
        <ParamField label="Number of segments (n_clusters)" value={p.n_clusters} min={2} max={200}
          help="how many segments the cut makes" onChange={(v) => set({ n_clusters: v })} />
      ) : null}
      {p.cut === 'height' ? (
        <ParamField label="Cut height (distance_threshold)" value={p.height} min={0} integer={false}
          help="groups that merge above this height stay apart" onChange={(v) => set({ height: v })} />
      ) : null}
      <div className="param">
        <label className="inline">
          <input type="checkbox" checked={p.three_levels} onChange={(e) => set({ three_levels: e.target.checked })} />
          Three levels: segments, sub-segments, micro-segments
        </label>
        <small className="param-help">finer cuts of the same tree, nested in the segments and exported with them</small>
      </div>
      {p.three_levels ? (
        <>
          <ParamField label="Sub-segments" value={p.sub_segments} min={2} max={1000}
            help="total sub-segments, each inside one segment" onChange={(v) => set({ sub_segments: v })} />
          <ParamField label="Micro-segments" value={p.micro_segments} min={2} max={5000}
            help="total micro-segments, each inside one sub-segment" onChange={(v) => set({ micro_segments: v })} />
        </>
      ) : null}
      <p className="muted param-note">On large tables (tens of thousands of customers) the tree is built on k-means micro-clusters, not on every customer; the summary says so after the run.</p>
    </>
  );
}
