/**
 * Tells whether two Moodle report files hold the same activity's attempts: the Interactions, Objectives and Basic
 * reports of one activity list the same learners, attempts, times and scores, in the same or any order. A sum and
 * an xor of per-row hashes, so it needs constant memory and ignores row order.
 */
import { fnv1a } from '../../../src/state/fnv1a.ts';

export interface ActivityFingerprint {
  add(cells: readonly string[]): void;
  value(): string;
}

export function activityFingerprint(): ActivityFingerprint {
  let rows = 0;
  let sum = 0;
  let xor = 0;
  return {
    add(cells) {
      const hash = fnv1a(cells.join('\u001f'));
      rows++;
      sum = (sum + hash) >>> 0;
      xor = (xor ^ hash) >>> 0;
    },
    value: () => `${rows}:${sum.toString(16)}:${xor.toString(16)}`,
  };
}
