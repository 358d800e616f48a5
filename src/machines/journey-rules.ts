/**
 * The journey's rules as plain functions of its context: when the knowledge check opens, how many attempts are
 * left, when a module is complete. The machine uses them, and so do screens, which must not pull the machine
 * (and XState) into the bundle that draws them.
 */
import type { JourneyContext } from './module-journey.ts';

const allVisited = (c: JourneyContext) => c.visited.every(Boolean);
export const quizUnlocked = (c: JourneyContext) => c.settings.unlock === 'always' || allVisited(c);
export const attemptsLeft = (c: JourneyContext) =>
  c.settings.attemptLimit === 0 ? Infinity : Math.max(0, c.settings.attemptLimit - c.attempts);
/** The module's completion rule: passed, or every allowed attempt used — and the last one finished. */
export const isComplete = (c: JourneyContext) =>
  c.passed ||
  (c.attempts > 0 && attemptsLeft(c) === 0 && c.lastAttempt !== null && c.currentAttempt === null);
/** A reviewer sees the module and the last result, and starts no attempt. */
export const isReview = (c: JourneyContext) => c.settings.review;
/** Another attempt is allowed: not yet passed, attempts left, and not a review. */
export const canRetry = (c: JourneyContext) => !c.passed && attemptsLeft(c) > 0 && !isReview(c);
