// x^y for a fixed exponent y as a lookup table with linear interpolation, indexed by the float32 bits of x
// (exponent and 7 mantissa bits: relative error below 4e-6). The UMAP SGD needs d^b hundreds of millions of
// times and Math.pow costs ~60 ns on a laptop core; this is a few table reads and identical on every engine.

const MANTISSA_BITS = 7;
const SLOTS = 1 << MANTISSA_BITS;
const MIN_EXPONENT = -40;
const MAX_EXPONENT = 40;

const single = new Float32Array(1);
const singleBits = new Int32Array(single.buffer);

export class PowerTable {
  /** Per slot: start x0, x0^y and the slope to the next slot's start. */
  private readonly table: Float64Array;
  private readonly offset = (127 + MIN_EXPONENT) << MANTISSA_BITS;
  private readonly size = (MAX_EXPONENT - MIN_EXPONENT) * SLOTS;

  constructor(private readonly exponent: number) {
    this.table = new Float64Array(3 * this.size);
    for (let e = MIN_EXPONENT; e < MAX_EXPONENT; e++) {
      for (let s = 0; s < SLOTS; s++) {
        const i = ((e - MIN_EXPONENT) * SLOTS + s) * 3;
        const x0 = Math.pow(2, e) * (1 + s / SLOTS);
        const x1 = Math.pow(2, e) * (1 + (s + 1) / SLOTS);
        const y0 = Math.pow(x0, exponent);
        this.table[i] = x0;
        this.table[i + 1] = y0;
        this.table[i + 2] = (Math.pow(x1, exponent) - y0) / (x1 - x0);
      }
    }
  }

  /** x^exponent for x > 0. */
  at(x: number): number {
    single[0] = x;
    const slot = (singleBits[0] >> (23 - MANTISSA_BITS)) - this.offset;
    if (slot < 0 || slot >= this.size) return Math.pow(x, this.exponent);
    const i = slot * 3;
    const t = this.table;
    return t[i + 1] + t[i + 2] * (x - t[i]);
  }
}
