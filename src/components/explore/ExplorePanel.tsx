// Step 4, "Explore": every customer on a PCA map coloured by segment, with a lasso and a legend.
// The selection's size and mean features sit beside the map.
import { SegmentMap } from './SegmentMap';
import { SelectionSummary } from './SelectionSummary';
import { SegmentLegend } from './SegmentLegend';

export function ExplorePanel() {
  return (
    <section className="panel" aria-labelledby="explore-heading">
      <h2 id="explore-heading"><span className="step">4</span> Explore <span className="muted">PCA map of every customer</span></h2>
      <div className="explore">
        <SegmentMap />
        <aside>
          <SegmentLegend />
          <SelectionSummary />
        </aside>
      </div>
    </section>
  );
}
