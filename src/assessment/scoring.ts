/**
 * Scoring, per question and per competency. Pure functions: the quiz machine and the tests call them.
 *
 * - A question is right or wrong as a whole. Multiple response is all-or-nothing: every correct option and
 *   no other. Ordering must match the whole sequence.
 * - Overall score = earned weight ÷ available weight over the questions in the attempt.
 * - Competency score = the same ratio over the attempt's questions tagged with that competency; a question
 *   tagged with two competencies counts fully for both.
 * - A competency verdict needs evidence: with fewer than `minQuestionsPerVerdict` questions on it in the attempt
 *   it is "not assessed" (never achieved), whatever the answers. One right answer is not competence.
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

/** The fewest questions on a competency in one attempt that can support a verdict on it. */
export const minQuestionsPerVerdict = 3;

export type CompetencyStatus = 'achieved' | 'working-towards' | 'not-assessed';

export interface CompetencyScore {
  id: string;
  earned: number;
  available: number;
  /** 0–100, rounded to 2 decimals */
  percent: number;
  /** how many of the attempt's questions were on this competency */
  questions: number;
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
): AttemptScore {
  let earned = 0;
  let available = 0;
  const perCompetency = new Map<string, { earned: number; available: number; questions: number }>();
  for (const q of questions) {
    const got = isCorrect(q, responses[q.id] ?? []) ? q.weight : 0;
    earned += got;
    available += q.weight;
    for (const c of new Set(q.competencies)) {
      const tally = perCompetency.get(c) ?? { earned: 0, available: 0, questions: 0 };
      tally.earned += got;
      tally.available += q.weight;
      tally.questions += 1;
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
      questions: t.questions,
      status: competencyVerdict(t),
    })),
  };
}

/** The one rule for a competency verdict in an attempt: enough questions first, then the achieved mark. */
export function competencyVerdict(tally: {
  earned: number;
  available: number;
  questions: number;
}): CompetencyStatus {
  if (tally.questions < minQuestionsPerVerdict) return 'not-assessed';
  return meets(tally.earned, tally.available, achievedThreshold) ? 'achieved' : 'working-towards';
}
