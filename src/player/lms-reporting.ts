/**
 * What the course tells the LMS, in meaning-level adapter calls: one interaction per answered question, one
 * objective per competency, the score Moodle's gradebook reads, and statuses by the module's rule.
 */
import { correctResponse, type AttemptScore, type CompetencyStatus } from '../assessment/scoring.ts';
import type { CompiledCompetency, CompiledQuestion } from '../content/compiled.ts';
import type { InteractionReport, LmsAdapter, ObjectiveStatus } from '../scorm/lms-adapter.ts';

/** `<questionId>_v<version>-attempt-<K>` (assessment/question-interaction.ts) */
export function interactionId(question: Pick<CompiledQuestion, 'interaction'>, attempt: number): string {
  return `${question.interaction.id}-attempt-${attempt}`;
}

export function interactionFor(
  question: CompiledQuestion,
  answer: { response: string[]; correct: boolean; attempt: number },
  latencyMs: number,
  timestamp: Date,
): InteractionReport {
  return {
    id: interactionId(question, answer.attempt),
    type: question.interaction.type,
    description: question.interaction.description,
    learnerResponse: answer.response,
    correctResponse: correctResponse(question),
    correct: answer.correct,
    weighting: question.weight,
    latencyMs,
    timestamp,
    objectiveIds: question.competencies,
  };
}

/** Objectives for every competency the module assesses, registered before any attempt. */
export function registerObjectives(
  adapter: LmsAdapter,
  module: { competencies: readonly Pick<CompiledCompetency, 'id' | 'statement'>[] },
): void {
  for (const c of module.competencies)
    adapter.setObjective({ id: c.id, scorePercent: 0, status: 'not attempted', description: c.statement });
}

export function reportAttempt(
  adapter: LmsAdapter,
  module: { competencies: readonly Pick<CompiledCompetency, 'id' | 'statement'>[] },
  score: AttemptScore,
): void {
  adapter.setScore({ raw: score.percent, min: 0, max: 100 });
  const statement = new Map(module.competencies.map((c) => [c.id, c.statement]));
  for (const c of score.competencies)
    adapter.setObjective({
      id: c.id,
      scorePercent: c.percent,
      status: objectiveStatus(c.status),
      description: statement.get(c.id) ?? c.id,
    });
}

/**
 * The objective's status follows the competency's verdict: passed only when achieved, failed only when judged
 * and not achieved; a competency not assessed in the attempt (fewer than 3 questions on it) is reported as
 * neither (issue 20: one multiple-choice answer is not evidence).
 */
export function objectiveStatus(status: CompetencyStatus): ObjectiveStatus {
  if (status === 'achieved') return 'passed';
  if (status === 'working-towards') return 'failed';
  return 'incomplete';
}
