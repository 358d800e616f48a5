/**
 * Test reliability as Moodle's quiz statistics give it: Cronbach's alpha over the items of a try (KR-20 when every
 * item scores 0 or 1), and the standard error of measurement it implies. A knowledge-check try draws its questions
 * from a bank, so, as Moodle does for random questions, the items are the try's positions (first question asked,
 * second, …), not the bank's questions. Accumulated one try at a time in constant memory, for the tries of the
 * most common length (tries of another length are counted and left out).
 */

interface LengthSums {
  tries: number;
  /** Per position: Σ score and Σ score² */
  item: Float64Array;
  itemSquares: Float64Array;
  total: number;
  totalSquares: number;
  /** The try's score in percent, for the SEM in percentage points. */
  percent: number;
  percentSquares: number;
}

export interface Reliability {
  /** Tries the figures rest on (finished first tries of the most common length). */
  tries: number;
  /** Questions in each of them. */
  items: number;
  /** Finished first tries of another length, left out. */
  otherLength: number;
  /** Cronbach's alpha (= KR-20 for items scored 0/1); undefined when the scores do not vary. */
  alpha: number | undefined;
  /** Standard error of measurement in percentage points: SD × √(1 − alpha). */
  semPercent: number | undefined;
  meanPercent: number;
  sdPercent: number;
}

export class ReliabilityAccumulator {
  private readonly byLength = new Map<number, LengthSums>();

  /** One try: each item's score (weight when right, 0 when wrong), in the order asked, and the try's percent. */
  add(itemScores: readonly number[], percent: number): void {
    const k = itemScores.length;
    if (k < 2) return;
    let sums = this.byLength.get(k);
    if (!sums)
      this.byLength.set(
        k,
        (sums = {
          tries: 0,
          item: new Float64Array(k),
          itemSquares: new Float64Array(k),
          total: 0,
          totalSquares: 0,
          percent: 0,
          percentSquares: 0,
        }),
      );
    let total = 0;
    itemScores.forEach((score, i) => {
      sums.item[i]! += score;
      sums.itemSquares[i]! += score * score;
      total += score;
    });
    sums.tries++;
    sums.total += total;
    sums.totalSquares += total * total;
    sums.percent += percent;
    sums.percentSquares += percent * percent;
  }

  value(): Reliability | undefined {
    const lengths = [...this.byLength].sort((a, b) => b[1].tries - a[1].tries || b[0] - a[0]);
    const [k, sums] = lengths[0] ?? [];
    if (k === undefined || !sums || sums.tries < 2) return undefined;
    const n = sums.tries;
    const variance = (sum: number, squares: number) => Math.max(0, squares / n - (sum / n) ** 2);
    let itemVariances = 0;
    for (let i = 0; i < k; i++) itemVariances += variance(sums.item[i]!, sums.itemSquares[i]!);
    const totalVariance = variance(sums.total, sums.totalSquares);
    const alpha = totalVariance > 1e-12 ? (k / (k - 1)) * (1 - itemVariances / totalVariance) : undefined;
    const sdPercent = Math.sqrt(variance(sums.percent, sums.percentSquares));
    return {
      tries: n,
      items: k,
      otherLength: lengths.slice(1).reduce((t, [, s]) => t + s.tries, 0),
      alpha,
      // A negative alpha (items that work against each other) gives no usable SEM.
      semPercent: alpha === undefined ? undefined : sdPercent * Math.sqrt(Math.max(0, 1 - alpha)),
      meanPercent: sums.percent / n,
      sdPercent,
    };
  }
}

/** In a trainer's words, with the usual reading of alpha for a short knowledge check. */
export function reliabilityWords(alpha: number | undefined): string {
  if (alpha === undefined) return 'cannot be computed (every try had the same score)';
  if (alpha >= 0.8) return 'high: the scores rank learners consistently';
  if (alpha >= 0.7) return 'acceptable for a short knowledge check';
  if (alpha >= 0.5) return 'modest: read single scores near the pass mark with care';
  return 'low: the questions do not measure one thing consistently; read scores near the pass mark with great care';
}
