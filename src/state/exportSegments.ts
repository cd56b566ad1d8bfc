// Builds the labelled CSV download: every original row and column plus segment_id and segment_name.
// Names are written to DuckDB first, so the file carries the names the analyst sees now.
import { getDatabase } from './database';
import { useRunStore } from './runStore';
import { useSegmentStore } from './segmentStore';
import { useDatasetStore } from './datasetStore';
import { writeRunSegments } from './writeRunSegments';
import { exportSegmentsCsv } from '../db/exportSegmentsCsv';

export interface ExportFile {
  fileName: string;
  blob: Blob;
}

export async function buildSegmentsCsv(): Promise<ExportFile> {
  const run = useRunStore.getState().run;
  const info = useDatasetStore.getState().info;
  if (!run || !info) throw new Error('Run a segmentation before exporting.');
  const db = await getDatabase();
  await writeRunSegments(run.result, useSegmentStore.getState().names);
  const bytes = await exportSegmentsCsv(db);
  const base = info.fileName.replace(/\.[^.]+$/, '');
  return { fileName: `${base}-segments.csv`, blob: new Blob([bytes as BlobPart], { type: 'text/csv;charset=utf-8' }) };
}
