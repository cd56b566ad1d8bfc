// Step 4, "Explore": every customer on a map (PCA, t-SNE or UMAP) coloured by segment or feature,
// with a lasso and a legend; the selection's size and features beside it; PCA's details and factor analysis below.
import { SegmentMap } from './SegmentMap';
import { SelectionSummary } from './SelectionSummary';
import { SegmentLegend } from './SegmentLegend';
import { ProjectionControls } from './ProjectionControls';
import { ColorByControl } from './ColorByControl';
import { PcaDetailsPanel } from './PcaDetailsPanel';
import { FactorAnalysisPanel } from './FactorAnalysisPanel';

export function ExplorePanel() {
  return (
    <section className="panel" aria-labelledby="explore-heading">
      <h2 id="explore-heading"><span className="step">4</span> Explore <span className="muted">a map of every customer</span></h2>
      <ProjectionControls />
      <div className="explore">
        <SegmentMap />
        <aside>
          <ColorByControl />
          <SegmentLegend />
          <SelectionSummary />
        </aside>
      </div>
      <PcaDetailsPanel />
      <FactorAnalysisPanel />
    </section>
  );
}
