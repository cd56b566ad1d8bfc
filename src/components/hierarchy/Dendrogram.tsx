// The agglomerative tree drawn with d3 scales, folded to its top merges (leaves show their customer
// counts), with the three nested cut lines; clicking a branch selects its customers on the map.
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3';
import { foldDendrogram, type FoldedDendrogram } from '../../analysis/dendrogramFold';
import { ChartExportButtons } from '../common/ChartExportButtons';
import { segmentColor } from '../explore/segmentPalette';
import { selectBranch, setCutHeight } from '../../state/hierarchyRunner';
import { useHierarchyStore } from '../../state/hierarchyStore';
import { useSegmentStore } from '../../state/segmentStore';
import type { CutHeights, CutLevel } from '../../state/hierarchyStore';
import type { TreeJobResult } from '../../workers/hierarchyJob';
import { CutLine } from './CutLine';

/** Folded leaves drawn: enough to see the structure, few enough to read the sizes. */
export const DENDROGRAM_LEAVES = 40;
const W = 820, H = 380, M = { top: 14, right: 130, bottom: 44, left: 58 };

const LEVELS: { level: CutLevel; name: string; noun: string; colour: string; dashed: boolean }[] = [
  { level: 'segments', name: 'Cut height', noun: 'segments', colour: '#b42318', dashed: false },
  { level: 'sub', name: 'Sub-segment cut height', noun: 'sub-segments', colour: '#9a6700', dashed: true },
  { level: 'micro', name: 'Micro-segment cut height', noun: 'micro-segments', colour: '#5d6776', dashed: true },
];

/** Colour index of every folded node: the cut cluster it lies in, numbered left to right; -1 above the cut. */
function clusterColours(folded: FoldedDendrogram, cut: number): Int32Array {
  const colours = new Int32Array(folded.nodes.length).fill(-1);
  let next = 0;
  const paint = (index: number, colour: number) => {
    colours[index] = colour;
    folded.nodes[index].children?.forEach((c) => paint(c, colour));
  };
  const walk = (index: number) => {
    const node = folded.nodes[index];
    if (node.height <= cut || !node.children) paint(index, next++);
    else node.children.forEach(walk);
  };
  walk(folded.root);
  return colours;
}

export function Dendrogram({ tree, leafRows, cuts }: { tree: TreeJobResult; leafRows: Float64Array; cuts: CutHeights }) {
  const ref = useRef<SVGSVGElement>(null);
  const folded = useMemo(() => foldDendrogram(tree, leafRows, DENDROGRAM_LEAVES), [tree, leafRows]);
  const colours = useMemo(() => clusterColours(folded, cuts.segments), [folded, cuts.segments]);
  const branch = useHierarchyStore((s) => s.selectedBranch);
  const selectedNode = useSegmentStore((s) => (branch !== null && s.selection === branch.rows ? branch.node : -1));
  const x = scaleLinear().domain([-0.5, Math.max(0.5, folded.leaves.length - 0.5)]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([0, Math.max(folded.maxHeight * 1.05, 1e-9)]).range([H - M.bottom, M.top]);
  const toSvgY = (clientY: number) => {
    const box = ref.current?.getBoundingClientRect();
    return box && box.height > 0 ? ((clientY - box.top) * H) / box.height : clientY;
  };
  const colourOf = (index: number) => (colours[index] < 0 ? '#1d2430' : segmentColor(colours[index]));
  const onBranchKey = (event: KeyboardEvent<SVGGElement>, id: number) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    selectBranch(id);
  };
  return (
    <figure className="chart dendrogram">
      <svg ref={ref} viewBox={`0 0 ${W} ${H}`} width={W} height={H} style={{ maxWidth: '100%', height: 'auto' }} role="group" aria-label="Dendrogram" data-testid="dendrogram"
        data-leaves={folded.leaves.length}>
        <text x={12} y={(H - M.bottom + M.top) / 2} transform={`rotate(-90 12 ${(H - M.bottom + M.top) / 2})`} textAnchor="middle" className="chart-axis">
          merge height
        </text>
        {y.ticks(6).map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="chart-grid" stroke="#eef1f5" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end" className="chart-tick" fontSize={10.5}>{t}</text>
          </g>
        ))}
        {folded.nodes.map((node, index) => {
          if (!node.children) return null;
          const [l, r] = node.children.map((c) => folded.nodes[c]);
          const d = `M${x(l.x)},${y(l.height)}V${y(node.height)}H${x(r.x)}V${y(r.height)}`;
          return (
            <g key={node.id} role="button" tabIndex={0} className="branch" data-node={node.id} aria-pressed={node.id === selectedNode}
              aria-label={`Branch of ${node.size.toLocaleString('en')} customers merged at height ${node.height.toPrecision(3)}`}
              onClick={() => selectBranch(node.id)} onKeyDown={(e) => onBranchKey(e, node.id)}>
              <path d={d} fill="none" stroke="transparent" strokeWidth={8} />
              <path d={d} fill="none" stroke={colourOf(index)} strokeWidth={node.id === selectedNode ? 3.5 : 1.6} />
            </g>
          );
        })}
        {folded.leaves.map((index) => {
          const leaf = folded.nodes[index];
          const px = x(leaf.x);
          return (
            <g key={leaf.id} role="button" tabIndex={0} className="branch" data-node={leaf.id} aria-pressed={leaf.id === selectedNode}
              aria-label={`Branch of ${leaf.size.toLocaleString('en')} customers`}
              onClick={() => selectBranch(leaf.id)} onKeyDown={(e) => onBranchKey(e, leaf.id)}>
              <circle cx={px} cy={y(0)} r={leaf.id === selectedNode ? 6 : 3.5} fill={colourOf(index)} />
              <text x={px} y={y(0) + 10} transform={`rotate(60 ${px} ${y(0) + 10})`} fontSize={9.5} className="chart-tick">
                {`(${leaf.size.toLocaleString('en')})`}
              </text>
            </g>
          );
        })}
        {LEVELS.map((l) => (
          <CutLine key={l.level} name={l.name} noun={l.noun} height={cuts[l.level]} heights={tree.heights} y={y}
            x0={M.left} x1={W - M.right} colour={l.colour} dashed={l.dashed} toSvgY={toSvgY} onChange={(h) => setCutHeight(l.level, h)} />
        ))}
      </svg>
      <figcaption className="muted" style={{ fontSize: 12 }}>
        The {folded.leaves.length} clusters left before the last {folded.leaves.length - 1} merges are drawn as leaves, with their customers in brackets.
        Drag a cut line, or focus it and use the arrow keys; click a branch to select its customers on the map.
      </figcaption>
      <ChartExportButtons svgRef={ref} name="dendrogram" />
    </figure>
  );
}
