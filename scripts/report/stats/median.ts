/**
 * Medians: exact for small data; for a stream, exact while it holds up to `exactLimit` values and then within
 * about 1% (log-spaced bins), so an item's median latency over any number of answers needs bounded memory.
 */

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bins are 1% wide in ratio terms: a binned median is off by at most about half a percent. */
const BIN_RATIO = Math.log(1.01);

export class StreamingMedian {
  private exact: number[] | undefined = [];
  private readonly bins = new Map<number, number>();
  private zeros = 0;
  private count = 0;

  constructor(private readonly exactLimit = 10_000) {}

  /** Non-negative values only (durations); negative and non-finite values are ignored. */
  add(value: number): void {
    if (!Number.isFinite(value) || value < 0) return;
    this.count++;
    if (this.exact) {
      this.exact.push(value);
      if (this.exact.length <= this.exactLimit) return;
      const held = this.exact;
      this.exact = undefined;
      for (const v of held) this.bin(v);
      return;
    }
    this.bin(value);
  }

  private bin(value: number): void {
    if (value === 0) {
      this.zeros++;
      return;
    }
    const index = Math.floor(Math.log(value) / BIN_RATIO);
    this.bins.set(index, (this.bins.get(index) ?? 0) + 1);
  }

  get n(): number {
    return this.count;
  }

  /** Whether `value()` is exact (false once the stream outgrew the exact store). */
  get isExact(): boolean {
    return this.exact !== undefined;
  }

  value(): number | undefined {
    if (this.exact) return median(this.exact);
    if (this.count === 0) return undefined;
    const target = (this.count + 1) / 2;
    let seen = this.zeros;
    if (seen >= target) return 0;
    for (const index of [...this.bins.keys()].sort((a, b) => a - b)) {
      seen += this.bins.get(index)!;
      // The bin's geometric middle stands for every value in it.
      if (seen >= target) return Math.exp((index + 0.5) * BIN_RATIO);
    }
    return undefined;
  }
}
