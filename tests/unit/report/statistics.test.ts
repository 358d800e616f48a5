/** The report's statistics against hand-worked examples. */
import { wilsonInterval } from '../../../scripts/report/stats/wilson.ts';
import { describe, expect, test } from 'vitest';
import { CorrelationAccumulator, correlation } from '../../../scripts/report/stats/correlation.ts';
import { itemThresholds, judgeItem } from '../../../scripts/report/stats/item-judgement.ts';
import { median, StreamingMedian } from '../../../scripts/report/stats/median.ts';

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
