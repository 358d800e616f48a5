import type { CompetencyStatus } from '../assessment/scoring.ts';

/** The competency framework's self-assessment vocabulary. */
export const statusLabel: Record<CompetencyStatus, string> = {
  achieved: 'Achieved',
  'working-towards': 'Working towards',
};
