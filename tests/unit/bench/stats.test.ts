import { describe, expect, test } from 'vitest';
import { median, medianOfMeasured } from '../../../scripts/bench/stats.ts';

describe('bench: median', () => {
  test('of an odd count is the middle value, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([7])).toBe(7);
  });

  test('of an even count is the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('does not reorder its input', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });

  test('of nothing is an error, not a number', () => {
    expect(() => median([])).toThrow();
  });

  test('of measurements skips the runs that recorded none, and is null when none did', () => {
    expect(medianOfMeasured([null, 10, 30, null])).toBe(20);
    expect(medianOfMeasured([null, null])).toBeNull();
  });
});
