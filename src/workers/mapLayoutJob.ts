// Messages of the map-layout worker: a projection's 2-D coordinates in, the map's normalised x and y out
// (transferred), so that framing a million points never runs on the page's main thread.
import type { NormalisedEmbedding } from '../analysis/embeddingBounds';

export interface MapLayoutRequest {
  jobId: number;
  /** n x 2, row-major: a copy (the stores keep their own). */
  embedding: Float64Array;
  rows: number;
  coverage: number;
}

export type MapLayoutMessage =
  | { type: 'result'; jobId: number; layout: NormalisedEmbedding }
  | { type: 'error'; jobId: number; message: string };
