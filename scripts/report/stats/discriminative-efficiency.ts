/**
 * Discriminative efficiency as Moodle's quiz statistics define it: the item's covariance with the rest of the try,
 * as a share of the largest covariance possible for an item with the same number right against the same rest
 * scores (the right answers all going to the learners best on the rest). 100% means the item sorts learners as
 * well as its facility allows; near 0 or negative, it does not. A 0/1 item needs only how many got it right and
 * the distribution of rest scores, kept as counts per distinct rest score (few: a try has few questions).
 */
import type { CorrelationAccumulator } from './correlation.ts';

/** Distinct rest scores kept per item; beyond this (unusual weights) the figure is not given. */
const MAX_REST_VALUES = 4096;

export class RestScores {
  private readonly counts = new Map<number, number>();
  private overflow = false;
  correct = 0;

  add(correct: boolean, rest: number): void {
    if (correct) this.correct++;
    if (this.overflow) return;
    const key = rest;
    const held = this.counts.get(key);
    if (held !== undefined) this.counts.set(key, held + 1);
    else if (this.counts.size < MAX_REST_VALUES) this.counts.set(key, 1);
    else this.overflow = true;
  }

  /** cov(item, rest) ÷ the largest covariance possible, or undefined when that is 0 (all right or all wrong). */
  efficiency(pairs: CorrelationAccumulator): number | undefined {
    const n = pairs.n;
    const cov = pairs.covariance();
    // All right or all wrong: no item of that facility can sort anyone, so there is no share to give.
    if (this.overflow || n < 2 || cov === undefined || this.correct === 0 || this.correct === n)
      return undefined;
    let remaining = this.correct;
    let topSum = 0;
    for (const value of [...this.counts.keys()].sort((a, b) => b - a)) {
      if (remaining <= 0) break;
      const take = Math.min(remaining, this.counts.get(value)!);
      topSum += take * value;
      remaining -= take;
    }
    const maxCov = topSum / n - (this.correct / n) * pairs.meanOfY;
    return maxCov > 1e-12 ? cov / maxCov : undefined;
  }
}
