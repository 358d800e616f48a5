import { describe, expect, it } from 'vitest';
import { keysAfterAttempt, keysDuringAttempt } from '../../../src/assessment/review-policy.ts';

describe('review policy (course.yaml review, issue 20)', () => {
  it('never shows the key during a scored attempt', () => {
    expect(keysDuringAttempt).toBe(false);
  });

  it.each([
    ['afterPass', { passed: true }, true],
    ['afterPass', { passed: false }, false],
    ['afterPass', { passed: false, attemptsLeft: 2 }, false],
    ['afterPass', { passed: false, attemptsLeft: 0 }, true],
    [undefined, { passed: false }, false],
    [undefined, { passed: true }, true],
    ['afterAttempt', { passed: false, attemptsLeft: 3 }, true],
    ['never', { passed: true }, false],
    ['never', { passed: false, attemptsLeft: 0 }, false],
  ] as const)('%s after %o: keys shown %s', (policy, outcome, shown) => {
    expect(keysAfterAttempt(policy, outcome)).toBe(shown);
  });
});
