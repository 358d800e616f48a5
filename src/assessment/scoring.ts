/**
 * Scoring, per question and per competency. Pure functions: the quiz machine and the tests call them.
 *
 * - A question is right or wrong as a whole. Multiple response is all-or-nothing: every correct option and
 *   no other. Ordering must match the whole sequence.
 * - Overall score = earned weight ÷ available weight over the questions in the attempt.
 * - Competency score = the same ratio over the attempt's questions tagged with that competency; a question
 *   tagged with two competencies counts fully for both.
 * - Verdict rule (issue 20): a competency with fewer than `verdictMinimum` answered questions in the attempt is
 *   "not assessed", never achieved: one multiple-choice answer is not evidence.
 */

export interface ScorableQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false' | 'scenario' | 'ordering';
  competencies: readonly string[];
  weight: number;
  /** option ids; for ordering questions, in the correct order */
  options: readonly { id: string; correct: boolean }[];
}

/** A competency counts as achieved at this percentage or more (the framework's "achieved"). */
export const achievedThreshold = 80;

/** A competency is judged in an attempt only on at least this many answered questions on it. */
export const verdictMinimum = 3;

export type CompetencyStatus = 'achieved' | 'working-towards' | 'not-assessed';

export interface CompetencyScore {
  id: string;
  earned: number;
  available: number;
  /** 0–100, rounded to 2 decimals */
  percent: number;
  /** questions on it in this attempt: every one is answered or scored wrong, so a skip is no escape from a verdict */
  answered: number;
  status: CompetencyStatus;
}

export interface AttemptScore {
  earned: number;
  available: number;
  /** 0–100, rounded to 2 decimals */
  percent: number;
  passed: boolean;
  competencies: CompetencyScore[];
}

export function correctResponse(question: ScorableQuestion): string[] {
  return question.type === 'ordering'
    ? question.options.map((o) => o.id)
    : question.options.filter((o) => o.correct).map((o) => o.id);
}

export function isCorrect(question: ScorableQuestion, response: readonly string[]): boolean {
  const expected = correctResponse(question);
  if (question.type === 'ordering')
    return expected.length === response.length && expected.every((id, i) => response[i] === id);
  const given = new Set(response);
  return given.size === expected.length && expected.every((id) => given.has(id));
}

const round2 = (x: number) => Math.round(x * 100) / 100;
/** Compares ratios to a percentage mark without floating-point noise (0.8 * 100 is not always 80). */
const meets = (earned: number, available: number, markPercent: number) =>
  available > 0 && earned * 100 >= markPercent * available - 1e-9;

export function scoreAttempt(
  questions: readonly ScorableQuestion[],
  responses: Readonly<Record<string, readonly string[]>>,
  passMark: number,
  /** questions a competency needs in the attempt for a verdict; the course uses `verdictMinimum` */
  minimumForVerdict = verdictMinimum,
): AttemptScore {
  let earned = 0;
  let available = 0;
  const perCompetency = new Map<string, { earned: number; available: number; answered: number }>();
  for (const q of questions) {
    const got = isCorrect(q, responses[q.id] ?? []) ? q.weight : 0;
    earned += got;
    available += q.weight;
    for (const c of new Set(q.competencies)) {
      const tally = perCompetency.get(c) ?? { earned: 0, available: 0, answered: 0 };
      tally.earned += got;
      tally.available += q.weight;
      tally.answered++;
      perCompetency.set(c, tally);
    }
  }
  return {
    earned,
    available,
    percent: available > 0 ? round2((earned / available) * 100) : 0,
    passed: meets(earned, available, passMark),
    competencies: [...perCompetency].map(([id, t]) => ({
      id,
      earned: t.earned,
      available: t.available,
      percent: round2((t.earned / t.available) * 100),
      answered: t.answered,
      status: competencyStatus(t, minimumForVerdict),
    })),
  };
}

/** The verdict rule: fewer than `verdictMinimum` answered questions on a competency is no verdict at all. */
export function competencyStatus(
  tally: { earned: number; available: number; answered: number },
  minimumForVerdict = verdictMinimum,
): CompetencyStatus {
  if (tally.answered < minimumForVerdict) return 'not-assessed';
  return meets(tally.earned, tally.available, achievedThreshold) ? 'achieved' : 'working-towards';
}
