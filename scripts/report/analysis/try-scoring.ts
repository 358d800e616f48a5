/**
 * Scores one knowledge-check try by the course's own rule (src/assessment/scoring.ts), from the results the LMS
 * recorded. The banks change after an export is made, so the bank's current key must not re-mark old answers:
 * each answer becomes a one-option question whose key is the LMS's verdict, and scoreAttempt does the rest
 * (weights, per-competency ratios, the pass mark and the "achieved" threshold).
 */
import { scoreAttempt, type AttemptScore, type ScorableQuestion } from '../../../src/assessment/scoring.ts';
import type { CourseIndex } from '../course/course-index.ts';
import type { RecordedAnswer } from '../read/recorded-answer.ts';

export interface ScoredAnswer {
  answer: RecordedAnswer;
  correct: boolean;
  weight: number;
  /** Share of the rest of the try's weight answered right; undefined when the try has no other scored answer. */
  rest: number | undefined;
}

export interface ScoredTry {
  score: AttemptScore;
  answers: ScoredAnswer[];
}

const RECORDED = 'recorded';
const judgedRight: readonly string[] = [RECORDED];
const judgedWrong: readonly string[] = [];
const recordedKey = [{ id: RECORDED, correct: true }] as const;

/** One question stand-in per id and weight, made once: a large export has the same few questions many times. */
const standIns = new WeakMap<CourseIndex, Map<string, ScorableQuestion>>();

function standIn(course: CourseIndex, answer: RecordedAnswer, weight: number): ScorableQuestion {
  let cache = standIns.get(course);
  if (!cache) standIns.set(course, (cache = new Map()));
  const known = course.question(answer.questionId);
  // Competencies sent with the answer stand in only for a question the banks no longer have.
  const key = known ? `${answer.questionId}\u001f${weight}` : undefined;
  const cached = key === undefined ? undefined : cache.get(key);
  if (cached) return cached;
  const question: ScorableQuestion = {
    id: answer.questionId,
    type: 'single',
    competencies: known?.competencies ?? answer.objectiveIds ?? [],
    weight,
    options: recordedKey,
  };
  if (key !== undefined) cache.set(key, question);
  return question;
}

export function scoreTry(
  answers: readonly RecordedAnswer[],
  course: CourseIndex,
  passMark: number,
): ScoredTry {
  const questions: ScorableQuestion[] = [];
  const responses: Record<string, readonly string[]> = {};
  const weights: number[] = [];
  const judged: RecordedAnswer[] = [];
  let earned = 0;
  let available = 0;
  for (const answer of answers) {
    if (answer.result === 'unknown') continue;
    const weight = answer.weighting ?? course.question(answer.questionId)?.weight ?? 1;
    const correct = answer.result === 'correct';
    questions.push(standIn(course, answer, weight));
    responses[answer.questionId] = correct ? judgedRight : judgedWrong;
    earned += correct ? weight : 0;
    available += weight;
    weights.push(weight);
    judged.push(answer);
  }
  return {
    // One question is enough here, as the report has always judged tries: whether it should apply the course's
    // verdict rule (3 questions, issue 20) to tries recorded before it is the report's decision.
    score: scoreAttempt(questions, responses, passMark, 1),
    answers: judged.map((answer, i) => {
      const weight = weights[i]!;
      const correct = answer.result === 'correct';
      const restAvailable = available - weight;
      return {
        answer,
        correct,
        weight,
        rest: restAvailable > 0 ? (earned - (correct ? weight : 0)) / restAvailable : undefined,
      };
    }),
  };
}
