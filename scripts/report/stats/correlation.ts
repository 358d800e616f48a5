/**
 * Pearson's r between two variables, accumulated one pair at a time (Welford's updates, numerically stable), so
 * an item's discrimination over 100,000 answers needs constant memory. With x the item's 0/1 score and y the
 * rest of the attempt, r is the point-biserial (item–rest) correlation.
 */
export class CorrelationAccumulator {
  private count = 0;
  private meanX = 0;
  private meanY = 0;
  /** Sums of squared deviations and of cross-products. */
  private m2X = 0;
  private m2Y = 0;
  private coMoment = 0;

  add(x: number, y: number): void {
    this.count++;
    const dx = x - this.meanX;
    this.meanX += dx / this.count;
    const dy = y - this.meanY;
    this.meanY += dy / this.count;
    this.m2X += dx * (x - this.meanX);
    this.m2Y += dy * (y - this.meanY);
    this.coMoment += dx * (y - this.meanY);
  }

  get n(): number {
    return this.count;
  }

  /** Population covariance (Σ dx·dy ÷ n); undefined without pairs. */
  covariance(): number | undefined {
    return this.count > 0 ? this.coMoment / this.count : undefined;
  }

  get meanOfY(): number {
    return this.meanY;
  }

  /** Undefined when fewer than two pairs or when either variable does not vary (r has no meaning then). */
  r(): number | undefined {
    const scale = Math.sqrt(this.m2X * this.m2Y);
    if (this.count < 2 || !(scale > 1e-12)) return undefined;
    return Math.max(-1, Math.min(1, this.coMoment / scale));
  }
}

/** r for two whole arrays: the same figure, for small data and for checking the accumulator. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | undefined {
  const acc = new CorrelationAccumulator();
  xs.forEach((x, i) => acc.add(x, ys[i]!));
  return acc.r();
}
