import type { CompetencyStatus } from '../assessment/scoring.ts';
import { achievedThreshold, type CompetencyScore } from '../assessment/scoring.ts';
import { wholePercent } from './whole-percent.ts';

/**
 * Where the knowledge check puts a competency, in the framework's words for progress. (The framework's
 * "self-assessment" is the practitioner's own rating, which this course does not make for them.)
 */
export const statusLabel: Record<CompetencyStatus, string> = {
  achieved: 'Achieved',
  'working-towards': 'Working towards',
  'not-assessed': 'Not assessed (too few questions)',
};

/** A competency's knowledge-check result as a whole percentage. */
export const competencyPercent = (c: CompetencyScore) =>
  wholePercent(c.percent, achievedThreshold, c.status === 'achieved');
