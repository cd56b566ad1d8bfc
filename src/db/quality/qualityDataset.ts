// What the quality checks need to know about the loaded `dataset` table: its size and its columns.
// Narrower than DatasetInfo so that the checks do not depend on how the file was read.
import type { DatasetInfo } from '../ingestCsv';

export type QualityDataset = Pick<DatasetInfo, 'rowCount' | 'columns'>;
