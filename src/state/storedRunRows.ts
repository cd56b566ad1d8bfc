// A stored run's per-row arrays (labels, levels, probabilities, map positions) packed into one Blob for
// IndexedDB. IndexedDB keeps a Blob by reference, where a typed array is serialised and compressed on the
// page's main thread at every save of the runs list: about 50 ms per million-row run, for every run kept.

const PER_ROW = ['labels', 'sub', 'micro', 'probability', 'embedding'] as const;
type PerRowField = (typeof PER_ROW)[number];
type PerRowArray = Int32Array | Float64Array;

/** Where each array sits in the Blob (offsets are multiples of 8, so Float64 views need no copy). */
export interface PackedRows {
  blob: Blob;
  parts: Array<{ field: PerRowField; kind: 'int32' | 'float64'; offset: number; length: number }>;
}

export type PerRowResult = { labels: Int32Array; sub: Int32Array | null; micro: Int32Array | null; probability: Float64Array | null; embedding: Float64Array };
export type PackedResult<R extends PerRowResult> = Omit<R, PerRowField> & { rows: PackedRows };

/** One Blob per result object: saving the list again (a validation came in) packs nothing again. */
const packedResults = new WeakMap<object, PackedRows>();

export function packRunRows<R extends PerRowResult>(result: R): PackedResult<R> {
  let rows = packedResults.get(result);
  if (!rows) {
    const chunks: BlobPart[] = [];
    const parts: PackedRows['parts'] = [];
    let offset = 0;
    for (const field of PER_ROW) {
      const values: PerRowArray | null = result[field];
      if (!values) continue;
      parts.push({ field, kind: values instanceof Int32Array ? 'int32' : 'float64', offset, length: values.length });
      chunks.push(values as Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>);
      const padding = (8 - (values.byteLength % 8)) % 8;
      if (padding > 0) chunks.push(new Uint8Array(padding));
      offset += values.byteLength + padding;
    }
    rows = { blob: new Blob(chunks), parts };
    packedResults.set(result, rows);
  }
  const small: Record<string, unknown> = { ...result };
  for (const field of PER_ROW) delete small[field];
  return { ...(small as Omit<R, PerRowField>), rows };
}

/** The result with its arrays read back from the Blob (views on one buffer, no per-array copy). */
export async function unpackRunRows<R extends PerRowResult>(packed: PackedResult<R>): Promise<R> {
  const { rows, ...small } = packed;
  const buffer = await rows.blob.arrayBuffer();
  const arrays: Record<PerRowField, PerRowArray | null> = { labels: null, sub: null, micro: null, probability: null, embedding: null };
  for (const part of rows.parts) {
    arrays[part.field] = part.kind === 'int32' ? new Int32Array(buffer, part.offset, part.length) : new Float64Array(buffer, part.offset, part.length);
  }
  if (!(arrays.labels instanceof Int32Array) || !(arrays.embedding instanceof Float64Array)) throw new Error('a stored run lost its labels or map positions');
  const result = { ...small, ...arrays } as unknown as R;
  // Saved again later (a validation), the run keeps the Blob it came from.
  packedResults.set(result, rows);
  return result;
}

export function isPackedResult(result: unknown): result is PackedResult<PerRowResult> {
  return typeof result === 'object' && result !== null && 'rows' in result && (result as { rows: unknown }).rows instanceof Object
    && (result as { rows: { blob?: unknown } }).rows.blob instanceof Blob;
}
