/** The report's statistics against hand-worked examples. */
import { wilsonInterval } from '../../../scripts/report/stats/wilson.ts';
import { describe, expect, test } from 'vitest';
import { CorrelationAccumulator, correlation } from '../../../scripts/report/stats/correlation.ts';
import { itemThresholds, judgeItem } from '../../../scripts/report/stats/item-judgement.ts';
import { median, StreamingMedian } from '../../../scripts/report/stats/median.ts';
import { ReliabilityAccumulator } from '../../../scripts/report/stats/reliability.ts';
import { RestScores } from '../../../scripts/report/stats/discriminative-efficiency.ts';
import { scoreHistogram } from '../../../scripts/report/analysis/cohort-analysis.ts';

describe('point-biserial (item–rest) correlation', () => {
  // x = item right (1) or wrong (0), y = share right on the rest of the try.
  // Means 0.6 and 0.5; Σdx·dy = 0.4, Σdx² = 1.2, Σdy² = 0.2, so r = 0.4 / √0.24 = 0.8165.
  const x = [1, 1, 0, 0, 1];
  const y = [0.8, 0.6, 0.4, 0.2, 0.5];

  test('matches the hand-worked value', () => {
    expect(correlation(x, y)).toBeCloseTo(0.8165, 4);
  });

  test('equals the textbook point-biserial formula (M1 − M0) / s · √(pq)', () => {
    const m1 = (0.8 + 0.6 + 0.5) / 3;
    const m0 = (0.4 + 0.2) / 2;
    const mean = 0.5;
    const s = Math.sqrt(y.reduce((a, v) => a + (v - mean) ** 2, 0) / y.length);
    expect(correlation(x, y)).toBeCloseTo(((m1 - m0) / s) * Math.sqrt(0.6 * 0.4), 10);
  });

  test('is negative when the stronger learners get the item wrong', () => {
    expect(correlation([0, 0, 1, 1], [0.9, 0.8, 0.3, 0.2])).toBeLessThan(-0.9);
  });

  test('has no value when everyone gives the same answer, or with fewer than two pairs', () => {
    expect(correlation([1, 1, 1], [0.2, 0.5, 0.9])).toBeUndefined();
    expect(correlation([1, 0, 1], [0.5, 0.5, 0.5])).toBeUndefined();
    expect(correlation([1], [0.5])).toBeUndefined();
  });

  test('the running accumulator gives the same r whatever the order of the pairs', () => {
    const forwards = new CorrelationAccumulator();
    const backwards = new CorrelationAccumulator();
    x.forEach((xi, i) => forwards.add(xi, y[i]!));
    [...x].reverse().forEach((xi, i) => backwards.add(xi, [...y].reverse()[i]!));
    expect(forwards.r()).toBeCloseTo(backwards.r()!, 12);
    expect(forwards.n).toBe(5);
  });
});

describe('medians', () => {
  test('of odd and even counts, unsorted', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([400, 100, 300, 200])).toBe(250);
    expect(median([])).toBeUndefined();
  });

  test('a stream is exact while small', () => {
    const m = new StreamingMedian(10);
    for (const v of [310, 230, 430, 290]) m.add(v);
    expect(m.value()).toBe(300);
    expect(m.isExact).toBe(true);
  });

  test('a stream past its exact store stays within 1% and stops holding every value', () => {
    const m = new StreamingMedian(100);
    for (let i = 1; i <= 10_001; i++) m.add(i * 10); // median 50,010
    expect(m.isExact).toBe(false);
    expect(m.n).toBe(10_001);
    expect(Math.abs(m.value()! - 50_010) / 50_010).toBeLessThan(0.01);
  });

  test('ignores values that are not durations', () => {
    const m = new StreamingMedian();
    m.add(Number.NaN);
    m.add(-5);
    expect(m.value()).toBeUndefined();
  });
});

describe('item verdicts', () => {
  const t = itemThresholds;

  test('too easy above 0.9 and too hard below 0.3, at the boundaries not flagged', () => {
    expect(judgeItem({ answers: 20, facility: 0.95, discrimination: 0.3 }).flags).toEqual(['too-easy']);
    expect(judgeItem({ answers: 20, facility: 0.9, discrimination: 0.3 }).flags).toEqual([]);
    expect(judgeItem({ answers: 20, facility: 0.25, discrimination: 0.3 }).flags).toEqual(['too-hard']);
    expect(judgeItem({ answers: 20, facility: 0.3, discrimination: 0.3 }).flags).toEqual([]);
  });

  test('negative, then near-zero discrimination', () => {
    expect(judgeItem({ answers: 20, facility: 0.5, discrimination: -0.2 }).flags).toEqual([
      'negative-discrimination',
    ]);
    expect(judgeItem({ answers: 20, facility: 0.5, discrimination: 0.05 }).flags).toEqual([
      'near-zero-discrimination',
    ]);
    expect(judgeItem({ answers: 20, facility: 0.5, discrimination: t.nearZeroDiscrimination }).flags).toEqual(
      [],
    );
  });

  test('a small cohort gets "too few to judge" instead of a verdict', () => {
    const few = judgeItem({ answers: t.minAnswersForFacility - 1, facility: 1, discrimination: -0.5 });
    expect(few.flags).toEqual([]);
    expect(few.tooFew).toEqual({ facility: true, discrimination: true });
    const some = judgeItem({ answers: t.minAnswersForDiscrimination - 1, facility: 1, discrimination: -0.5 });
    expect(some.flags).toEqual(['too-easy']);
    expect(some.tooFew).toEqual({ facility: false, discrimination: true });
  });

  test('no answers: no verdict and nothing "too few"', () => {
    expect(judgeItem({ answers: 0, facility: undefined, discrimination: undefined })).toEqual({
      flags: [],
      tooFew: { facility: false, discrimination: false },
    });
  });
});

describe('Wilson score interval for facility', () => {
  test('1 right of 4 is 4.6% to 69.9%; all right of 9 still has room below; no answers has none', () => {
    const one = wilsonInterval(1, 4)!;
    expect(one.low).toBeCloseTo(0.0456, 4);
    expect(one.high).toBeCloseTo(0.6994, 4);
    const all = wilsonInterval(9, 9)!;
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(9 / (9 + 1.959964 ** 2), 10); // 0.7009: n / (n + z²) when all are right
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });
});

describe('reliability: Cronbach alpha (KR-20) and SEM', () => {
  test('a hand-worked 4 × 3 table: KR-20 0.75, SEM 18.6 points', () => {
    // Items right: L1 1 1 1, L2 1 1 0, L3 1 0 0, L4 0 0 0. p = .75, .5, .25, Σpq = .625; totals 3, 2, 1, 0 have
    // variance 1.25; KR-20 = 3/2 × (1 − .625/1.25) = 0.75. Percents 100, 66.7, 33.3, 0: SD 37.27; SEM = 37.27 × √.25.
    const acc = new ReliabilityAccumulator();
    acc.add([1, 1, 1], 100);
    acc.add([1, 1, 0], 66.666667);
    acc.add([1, 0, 0], 33.333333);
    acc.add([0, 0, 0], 0);
    const r = acc.value()!;
    expect(r).toMatchObject({ tries: 4, items: 3, otherLength: 0 });
    expect(r.alpha).toBeCloseTo(0.75, 10);
    expect(r.sdPercent).toBeCloseTo(37.2678, 3);
    expect(r.semPercent).toBeCloseTo(18.6339, 3);
  });

  test('uses the most common try length and counts the others; no figure when the scores do not vary', () => {
    const acc = new ReliabilityAccumulator();
    acc.add([1, 1], 100);
    acc.add([1, 1], 100);
    acc.add([1, 0, 1], 66.7);
    expect(acc.value()).toMatchObject({ tries: 2, items: 2, otherLength: 1, alpha: undefined });
    expect(new ReliabilityAccumulator().value()).toBeUndefined();
  });
});

describe("discriminative efficiency (Moodle's definition)", () => {
  const efficiency = (x: number[], y: number[]) => {
    const pairs = new CorrelationAccumulator();
    const rest = new RestScores();
    x.forEach((xi, i) => {
      pairs.add(xi, y[i]!);
      rest.add(xi === 1, y[i]!);
    });
    return rest.efficiency(pairs);
  };

  test('100% when the right answers go to the learners best on the rest', () => {
    // cov = 0.4 / 5 = 0.08; the best 3 rests sum 1.9, so the largest cov is 1.9/5 − 0.6 × 0.5 = 0.08.
    expect(efficiency([1, 1, 0, 0, 1], [0.8, 0.6, 0.4, 0.2, 0.5])).toBeCloseTo(1, 10);
  });

  test('−50% in a hand-worked case where the weaker learners get it right', () => {
    // cov = −0.2 / 4 = −0.05; the best 2 rests sum 1.4: largest cov 1.4/4 − 0.5 × 0.5 = 0.1.
    expect(efficiency([1, 0, 1, 0], [0.2, 0.4, 0.6, 0.8])).toBeCloseTo(-0.5, 10);
  });

  test('none when everyone is right (or wrong)', () => {
    expect(efficiency([1, 1, 1], [0.2, 0.5, 0.9])).toBeUndefined();
    expect(efficiency([0, 0, 0], [0.2, 0.5, 0.9])).toBeUndefined();
  });
});

describe('score histogram', () => {
  test('bands of ten, 100 in the top band, 79.99 below 80', () => {
    const bands = scoreHistogram([0, 9.99, 10, 79.99, 80, 100, 95]);
    expect(bands.map((b) => b.learners)).toEqual([2, 1, 0, 0, 0, 0, 0, 1, 1, 2]);
    expect(bands[9]).toEqual({ from: 90, to: 100, learners: 2 });
  });
});
