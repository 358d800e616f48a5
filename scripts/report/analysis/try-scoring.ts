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

export function scoreTry(
  answers: readonly RecordedAnswer[],
  course: CourseIndex,
  passMark: number,
): ScoredTry {
  const scored = answers.filter((a) => a.result !== 'unknown');
  const questions: ScorableQuestion[] = [];
  const responses: Record<string, string[]> = {};
  let earned = 0;
  let available = 0;
  const weighed = scored.map((answer) => {
    const question = course.question(answer.questionId);
    const weight = answer.weighting ?? question?.weight ?? 1;
    const correct = answer.result === 'correct';
    questions.push({
      id: answer.questionId,
      type: 'single',
      competencies: question?.competencies ?? answer.objectiveIds ?? [],
      weight,
      options: [{ id: RECORDED, correct: true }],
    });
    responses[answer.questionId] = correct ? [RECORDED] : [];
    earned += correct ? weight : 0;
    available += weight;
    return { answer, correct, weight };
  });
  return {
    score: scoreAttempt(questions, responses, passMark),
    answers: weighed.map((a) => {
      const restAvailable = available - a.weight;
      return {
        ...a,
        rest: restAvailable > 0 ? (earned - (a.correct ? a.weight : 0)) / restAvailable : undefined,
      };
    }),
  };
}
