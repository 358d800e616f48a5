/**
 * A full module's worth of adapter calls, in the order the player makes them: launch, objectives registered,
 * ten page turns, a twelve-question attempt with two competencies per question, results, exit.
 */
import type { InteractionReport, InteractionType, LmsAdapter } from '../../../../src/scorm/lms-adapter.ts';

export const competencyIds = ['D1.1', 'D1.2', 'D2.1', 'D2.2', 'D3.1', 'D3.2'];
export const PAGE_TURNS = 10;

const types: InteractionType[] = ['choice', 'true-false', 'sequencing'];
const responses: Record<InteractionType, { learner: string[][]; correct: string[] }> = {
  choice: { learner: [['b'], ['a', 'c'], ['d'], ['a', 'a', 'b']], correct: ['b'] },
  'true-false': { learner: [['t'], ['f'], ['t'], ['f']], correct: ['t'] },
  sequencing: {
    learner: [
      ['c', 'a', 'b'],
      ['a', 'b', 'c'],
      ['b', 'c', 'a', 'd'],
      ['a', 'c', 'b'],
    ],
    correct: ['a', 'b', 'c'],
  },
};

/** Twelve answers, four of each type; ids and descriptions include characters the LMS must not receive raw. */
export function attemptAnswers(answeredAt: Date): InteractionReport[] {
  return Array.from({ length: 12 }, (_, n) => {
    const type = types[n % 3]!;
    const learnerResponse = responses[type].learner[Math.floor(n / 3)]!;
    return {
      id: n === 11 ? 'q 12 / attempt #1!' : `q${n + 1}-attempt-1`,
      type,
      description: n === 0 ? `{Which} response\nfits best? ${'long '.repeat(80)}` : `Question ${n + 1} stem`,
      learnerResponse,
      correctResponse: responses[type].correct,
      correct: learnerResponse.join() === responses[type].correct.join(),
      weighting: 1 + (n % 2),
      latencyMs: 12_345 + n * 1000,
      timestamp: new Date(answeredAt.getTime() + n * 60_000),
      objectiveIds: [competencyIds[n % 6]!, competencyIds[(n + 1) % 6]!],
    };
  });
}

export function suspendDataForPage(page: number): string {
  return `v1;page=${page};visited=${'1'.repeat(page)}`;
}

/** Runs the whole session; commits once per page turn, once after the attempt, once at exit. */
export function runModuleSession(adapter: LmsAdapter, answeredAt = new Date(2026, 2, 14, 9, 30, 0)): void {
  adapter.initialise();
  for (const id of competencyIds) {
    adapter.setObjective({ id, scorePercent: 0, status: 'not attempted', description: `Competency ${id}` });
  }
  for (let page = 1; page <= PAGE_TURNS; page++) {
    adapter.setLocation(`page-${page}`);
    adapter.setSuspendData(suspendDataForPage(page));
    adapter.setProgress((page / PAGE_TURNS) * 0.9);
    adapter.commit();
  }
  for (const answer of attemptAnswers(answeredAt)) adapter.recordInteraction(answer);
  competencyIds.forEach((id, n) =>
    adapter.setObjective({ id, scorePercent: n === 5 ? 50 : 100, status: n === 5 ? 'failed' : 'passed' }),
  );
  adapter.setScore({ raw: 75, min: 0, max: 100 });
  adapter.setPassed(true);
  adapter.setCompleted(true);
  adapter.setProgress(1);
  adapter.commit();
  adapter.terminate();
}
