/**
 * When the knowledge check shows its keys with explanations (course.yaml `review`, issue 20), as Moodle's quiz
 * review options do: never during a scored attempt; after it, by the course's policy.
 */
import type { ReviewPolicy } from '../content/compiled.ts';

export interface AttemptOutcome {
  passed: boolean;
  /** attempts the LMS still allows; undefined when they are unlimited */
  attemptsLeft?: number;
}

/** Whether the keys with their explanations may be shown once an attempt is over. */
export function keysAfterAttempt(policy: ReviewPolicy | undefined, outcome: AttemptOutcome): boolean {
  switch (policy ?? 'afterPass') {
    case 'afterAttempt':
      return true;
    case 'never':
      return false;
    case 'afterPass':
      return outcome.passed || outcome.attemptsLeft === 0;
  }
}

/** During a scored attempt the learner sees whether they were right and why their own choice was, never the key. */
export const keysDuringAttempt = false;
