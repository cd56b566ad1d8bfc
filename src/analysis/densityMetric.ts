// How the density methods map their metric onto the kd-tree: euclidean and manhattan directly,
// cosine as euclidean on L2-normalised rows (|u - v|^2 = 2 (1 - cos) for unit vectors).
import type { Matrix } from './matrix';
import { l2NormalizedRows } from './distanceMetric';
import type { KdMetric } from './kdTree';

export type DensityMetric = 'euclidean' | 'manhattan' | 'cosine';

/** The space the tree indexes and how to convert radii and distances between it and the metric. */
export interface DensitySpace {
  points: Matrix;
  treeMetric: KdMetric;
  /** A metric radius (eps) as a tree radius. */
  toTreeRadius: (radius: number) => number;
  /** A tree distance as a metric distance. */
  fromTreeDistance: (distance: number) => number;
}

/**
 * Cosine caveat: an all-zero row is left at the origin, so its cosine distance to everything behaves
 * as 0.5 here, where scikit-learn says 1; give such rows another treatment before clustering.
 */
export function densitySpace(X: Matrix, metric: DensityMetric): DensitySpace {
  const identity = (v: number): number => v;
  switch (metric) {
    case 'euclidean':
    case 'manhattan':
      return { points: X, treeMetric: metric, toTreeRadius: identity, fromTreeDistance: identity };
    case 'cosine':
      return {
        points: l2NormalizedRows(X),
        treeMetric: 'euclidean',
        toTreeRadius: (radius) => Math.sqrt(2 * Math.max(0, radius)),
        fromTreeDistance: (distance) => (distance * distance) / 2,
      };
    default:
      throw new Error(`Unknown metric "${String(metric)}" for density clustering; use euclidean, manhattan or cosine`);
  }
}
