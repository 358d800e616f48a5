/**
 * Module sessions for the adapter tests.
 *
 * `playModuleSession` drives the real ModuleSession (the player's own session, without a screen) over an adapter:
 * launch, every page, a failed attempt, a passed one, the summary, the page closed. Adapter tests that use it
 * notice when the session changes what it sends.
 *
 * `runModuleSession` is the older hand-written script of adapter calls (awkward ids and descriptions the real
 * course never produces, fixed latencies and timestamps); the encoding tests still read its exact values.
 */
import { ModuleSession, type ModuleSessionOptions } from '../../../../src/player/module-session.ts';
import { TabPresence } from '../../../../src/player/tab-presence.ts';
import type { InteractionReport, InteractionType, LmsAdapter } from '../../../../src/scorm/lms-adapter.ts';
import {
  pageLifecycle,
  paintQueue,
  rightAnswer,
  sessionContent,
  sessionShell,
  wrongAnswerTo,
} from '../../player/session-fixture.ts';

/** What `playModuleSession` did, for the assertions: the session and its counts. */
export interface PlayedSession {
  session: ModuleSession;
  pages: number;
  attempts: number;
  questionsPerAttempt: number;
  competencies: string[];
}

/**
 * Plays one module with the real session over `adapter`: every page, an attempt with `firstRight` of twelve right
 * (a fail by default), then one all right, the summary, and the page closed (pagehide: Terminate).
 */
export async function playModuleSession(
  adapter: LmsAdapter,
  options: Partial<ModuleSessionOptions> & { firstRight?: number } = {},
): Promise<PlayedSession> {
  const shell = sessionShell();
  const page = pageLifecycle();
  const paint = paintQueue();
  let clock = Date.UTC(2026, 2, 14, 9, 30);
  const session = new ModuleSession({
    shell,
    adapter,
    loadContent: () => Promise.resolve(sessionContent),
    lifecycle: page.lifecycle,
    afterPaint: paint.afterPaint,
    tabs: new TabPresence(undefined),
    newSeed: () => 42,
    now: () => (clock += 1_500),
    diagnose: () => {},
    ...options,
  });
  session.start();
  session.send({ type: 'start' });
  await new Promise<void>((resolve) => {
    const check = () => (session.snapshot.module ? resolve() : setTimeout(check, 0));
    check();
  });
  paint.paint();
  for (let n = 1; n < shell.pages.length; n++) {
    session.send({ type: 'next' });
    paint.paint();
  }
  const attempt = (right: number) => {
    session.send({ type: session.snapshot.journey.lastAttempt ? 'retry' : 'next' });
    const total = session.snapshot.question!.total;
    for (let n = 0; n < total; n++) {
      const id = session.snapshot.question!.question.id;
      session.send({ type: 'select', response: n < right ? rightAnswer(id) : wrongAnswerTo(id) });
      session.send({ type: 'submit' });
      paint.paint();
      if (n < total - 1) session.send({ type: 'next-question' });
    }
    session.send({ type: 'results' });
    paint.paint();
  };
  attempt(options.firstRight ?? 3);
  if (!session.snapshot.journey.passed) attempt(12);
  session.send({ type: 'finish' });
  paint.paint();
  page.close();
  return {
    session,
    pages: shell.pages.length,
    attempts: session.snapshot.journey.attempts,
    questionsPerAttempt: shell.quiz.questionsPerAttempt,
    competencies: shell.competencies.map((c) => c.id),
  };
}

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
