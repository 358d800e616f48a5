/**
 * When an item looks broken, and when there are too few answers to say. The thresholds are the usual ones of
 * classical item analysis; a small cohort gets "too few answers to judge" rather than a verdict on noise.
 */

export const itemThresholds = {
  /** Facility above this: nearly everyone gets it right, so it tells learners apart poorly. */
  tooEasy: 0.9,
  /** Facility below this: most get it wrong; check the key, the wording and the teaching. */
  tooHard: 0.3,
  /** Item–rest correlation below this (and not negative) counts as near zero. */
  nearZeroDiscrimination: 0.1,
  /** Fewest first-try answers for a facility verdict. */
  minAnswersForFacility: 5,
  /** Fewest first-try answers for a discrimination verdict (r is very unstable below this). */
  minAnswersForDiscrimination: 10,
} as const;

export type ItemFlag = 'too-easy' | 'too-hard' | 'negative-discrimination' | 'near-zero-discrimination';

export interface ItemJudgement {
  flags: ItemFlag[];
  /** Set when a figure exists but there were too few answers to act on it. */
  tooFew: { facility: boolean; discrimination: boolean };
}

export const flagText: Readonly<Record<ItemFlag, string>> = {
  'too-easy': 'Too easy',
  'too-hard': 'Too hard',
  'negative-discrimination': 'Negative discrimination',
  'near-zero-discrimination': 'Near-zero discrimination',
};

export const flagAdvice: Readonly<Record<ItemFlag, string>> = {
  'too-easy':
    'Almost everyone answers it right first time: make the distractors more plausible, or accept it as a check of a basic point.',
  'too-hard':
    'Most answer it wrong first time: check the key and the wording, and whether the pages teach it.',
  'negative-discrimination':
    'Learners who did well on the rest of the check got this one wrong more often than those who did poorly: check the key, and look for an ambiguity that the stronger learners read into it.',
  'near-zero-discrimination':
    'Getting it right has little to do with doing well on the rest of the check: it may test something else, or be guessable.',
};

export function judgeItem(figures: {
  answers: number;
  facility: number | undefined;
  discrimination: number | undefined;
}): ItemJudgement {
  const t = itemThresholds;
  const flags: ItemFlag[] = [];
  const facilityJudged = figures.facility !== undefined && figures.answers >= t.minAnswersForFacility;
  const discriminationJudged =
    figures.discrimination !== undefined && figures.answers >= t.minAnswersForDiscrimination;
  if (facilityJudged && figures.facility! > t.tooEasy) flags.push('too-easy');
  if (facilityJudged && figures.facility! < t.tooHard) flags.push('too-hard');
  if (discriminationJudged && figures.discrimination! < 0) flags.push('negative-discrimination');
  else if (discriminationJudged && figures.discrimination! < t.nearZeroDiscrimination)
    flags.push('near-zero-discrimination');
  return {
    flags,
    tooFew: {
      facility: figures.facility !== undefined && !facilityJudged,
      discrimination: figures.discrimination !== undefined && !discriminationJudged,
    },
  };
}
