/**
 * The one rule for everything the LMS records about a learner: within an LMS attempt it only moves forward. A
 * status never goes from completed to not, or from passed to failed or unknown; a score never drops; an objective
 * never falls back to a lower status or score. A retake after a pass may improve what is recorded, never lower it;
 * a relaunch that cannot read its resume state, a course update or a failed read cannot undo a result.
 */
import type { LearnerStatus } from './data-model.ts';
import type { ObjectiveReport, ObjectiveStatus, ScoreReport } from './lms-adapter.ts';

export function forwardStatus(held: LearnerStatus, next: LearnerStatus): LearnerStatus {
  return {
    completed: held.completed || next.completed,
    passed: held.passed === true ? true : (next.passed ?? held.passed),
  };
}

/** not attempted < incomplete < failed < passed */
const objectiveRank: Record<ObjectiveStatus, number> = {
  'not attempted': 0,
  incomplete: 1,
  failed: 2,
  passed: 3,
};

export interface ObjectiveState {
  status: ObjectiveStatus;
  scorePercent: number | undefined;
}

/**
 * What an objective should hold after `next` is reported over `held`, or undefined when `next` would change
 * nothing the LMS does not already hold better (so nothing is written).
 */
export function forwardObjective(
  held: ObjectiveState | undefined,
  next: ObjectiveReport,
): ObjectiveReport | undefined {
  if (!held) return next;
  const status = objectiveRank[next.status] >= objectiveRank[held.status] ? next.status : held.status;
  const scorePercent = Math.max(next.scorePercent, held.scorePercent ?? 0);
  if (status === held.status && scorePercent === held.scorePercent) return undefined;
  return { ...next, status, scorePercent };
}

/** The module's score never drops within an LMS attempt: the best raw score so far is kept. */
export function forwardScore(heldRaw: number | undefined, next: ScoreReport): ScoreReport | undefined {
  if (heldRaw !== undefined && next.raw <= heldRaw) return undefined;
  return next;
}
