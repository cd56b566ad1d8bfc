// Writes a run's result to DuckDB's segments table: segment, sub and micro levels, GMM probability,
// and "Noise" for rows a density method left out. Used after a run, on restore, on export and on "Show".
import { getDatabase } from './database';
import { writeSegments, NOISE_NAME } from '../db/writeSegments';
import type { SegmentJobResult } from '../workers/segmentJob';

type StoredResult = Pick<SegmentJobResult, 'labels' | 'sub' | 'micro' | 'probability' | 'leftOut'>;

export async function writeRunSegments(result: StoredResult, names: string[]): Promise<void> {
  await writeSegments(await getDatabase(), result.labels, names, {
    sub: result.sub, micro: result.micro, probability: result.probability, noiseName: NOISE_NAME, leftOut: result.leftOut,
  });
}
