// The empty state: what the app does, and the three ways to start.
// Shown until a dataset is loaded, and again after "Start over".
import { LoadDemoButton } from './LoadDemoButton';

export function Welcome() {
  return (
    <section className="welcome" aria-label="Get started">
      <h2>Drop a customer export here</h2>
      <p className="muted">
        CSV with a header row (comma, semicolon or tab separated), Parquet, JSON, NDJSON or Excel .xlsx;
        drop several files at once, or use “Open file” above.
        Everything runs in this browser tab: nothing is uploaded anywhere.
      </p>
      <div className="row">
        <LoadDemoButton />
      </div>
    </section>
  );
}
