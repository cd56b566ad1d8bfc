// The factor-analysis job of the projection worker: medians imputed, the number of factors chosen by the
// analyst's rule (Kaiser, scree or a number), principal-axis factoring and the chosen rotation.
import { applyImputer, fitMedianImputer } from '../analysis/impute';
import { fitFactorAnalysis } from '../analysis/factor/fitFactorAnalysis';
import { kaiserFactorCount, screeFactorCount } from '../analysis/factor/screeFactorCount';
import type { Matrix } from '../analysis/matrix';
import type { FactorDetails, FactorRequest } from './projectionJob';

export function factorAnalysisOf(job: FactorRequest): FactorDetails {
  const raw: Matrix = { data: job.data, rows: job.rows, cols: job.cols };
  if (job.cols < 3) throw new Error(`factor analysis needs at least 3 features; this run has ${job.cols}. Add features in the recipe, then run again.`);
  const X = applyImputer(raw, fitMedianImputer(raw).statistics);
  // A first fit gives the correlation eigenvalues that both rules read; the factor count is then fixed.
  const probe = fitFactorAnalysis(X, { rotation: 'none', n_factors: 1 }, { seed: 0 });
  const kaiserCount = Math.min(job.cols - 1, kaiserFactorCount(probe.eigenvalues));
  const screeCount = screeFactorCount(probe.eigenvalues);
  const wanted = job.count === 'kaiser' ? kaiserCount : job.count === 'scree' ? screeCount ?? kaiserCount : job.count;
  const nFactors = Math.min(job.cols - 1, Math.max(1, Math.round(wanted)));
  const fit = fitFactorAnalysis(X, { rotation: job.rotation, n_factors: nFactors }, { seed: 0 });
  return {
    rotation: job.rotation, count: job.count, kaiserCount, screeCount, nFactors,
    eigenvalues: fit.eigenvalues, loadings: fit.loadings.data, communalities: fit.communalities,
    varianceExplained: fit.variance_explained, proportionVariance: fit.proportion_variance,
    cumulativeProportion: fit.cumulative_proportion, factorCorrelation: fit.factor_correlation.data, converged: fit.converged,
  };
}
