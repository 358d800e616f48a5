import { beforeAll, describe, expect, test, vi } from 'vitest';
import {
  assign,
  createActor,
  initialTransition,
  setup,
  type ActorRefFrom,
  type AnyActorRef,
  type SnapshotFrom,
} from 'xstate';
import { getShortestPaths, type StatePath } from 'xstate/graph';
import { drawAttempt } from '../../../src/assessment/draw.ts';
import { correctResponse, scoreAttempt } from '../../../src/assessment/scoring.ts';
import {
  isComplete,
  moduleJourneyMachine,
  resumeOf,
  type JourneyEvent,
  type JourneyResume,
  type JourneySettings,
  type AttemptReport,
  type SaveReason,
  type SaveRequest,
} from '../../../src/machines/module-journey.ts';
import {
  attemptQuestions,
  quizAttemptMachine,
  type AttemptOutcome,
  type QuizAttemptInput,
} from '../../../src/machines/quiz-attempt.ts';
import { smallBank, tinyBank, wrongAnswer } from '../assessment/fixture-bank.ts';
import { applyEvents, walkedPurely } from './pure-transitions.ts';

type JourneySnapshot = SnapshotFrom<typeof moduleJourneyMachine>;

const settings: JourneySettings = {
  pageCount: 3,
  bank: smallBank,
  questionsPerAttempt: 4,
  passMark: 80,
  attemptLimit: 2,
  unlock: 'all-pages',
  practiceIds: [],
  review: false,
};

const start = (resume?: JourneyResume, overrides: Partial<JourneySettings> = {}) =>
  initialTransition(moduleJourneyMachine, {
    settings: { ...settings, ...overrides },
    ...(resume ? { resume } : {}),
  });
const run = (snapshot: JourneySnapshot, ...events: JourneyEvent[]) =>
  applyEvents(moduleJourneyMachine, snapshot, ...events);

const next: JourneyEvent = { type: 'page.next' };
const back: JourneyEvent = { type: 'page.back' };
const goto = (index: number): JourneyEvent => ({ type: 'page.goto', index });
const begin: JourneyEvent = { type: 'journey.start' };
const quizStart: JourneyEvent = { type: 'quiz.start', seed: 7 };
const retry: JourneyEvent = { type: 'quiz.retry', seed: 8 };
const finish: JourneyEvent = { type: 'journey.finish' };
const showResults: JourneyEvent = { type: 'results.show' };

/** What the invoked quiz sends its parent when it is done: internal to XState, so not in JourneyEvent. */
const quizDoneType = 'xstate.done.actor.quiz';
const quizDone = (output: AttemptOutcome) => ({ type: quizDoneType, output }) as unknown as JourneyEvent;
/** The outcome a quizDone event carries, if it is one. */
const doneWith = (event: { type: string }) =>
  event.type === quizDoneType ? (event as unknown as { output: AttemptOutcome }).output : undefined;

/** What the journey invokes the quiz with, from the actions of a transition. */
const invokedQuiz = (actions: readonly { type: string; params: unknown }[]) =>
  actions.find((a) => a.type === 'xstate.spawnChild')!.params as {
    systemId: string;
    input: QuizAttemptInput;
  };

/** An outcome of an attempt on the small bank: every drawn question right, or every one wrong. */
function outcome(passed: boolean, seed = 7): AttemptOutcome {
  const questions = attemptQuestions({ bank: smallBank, drawn: drawAttempt(smallBank, 4, seed) });
  const responses = Object.fromEntries(
    questions.map((q) => [q.id, passed ? correctResponse(q) : wrongAnswer(q)]),
  );
  return { seed, attempt: 1, responses, score: scoreAttempt(questions, responses, 80) };
}
const passed = outcome(true);
const failed = outcome(false);

/** Effects as the pure transitions name them, without XState's own spawn and stop actions. */
const effects = (actions: { type: string; params: unknown }[]) =>
  actions
    .filter((a) => !a.type.startsWith('xstate.'))
    .filter((a) => a.type !== 'enterScreen')
    .map((a) => [a.type, effectParams(a.type, a.params)]);
/** A save is named by its reason, a report by its outcome. */
const effectParams = (type: string, params: unknown) =>
  type === 'saveProgress'
    ? (params as SaveRequest).reason
    : type === 'reportAttempt'
      ? (params as AttemptReport).outcome
      : params;

/** From welcome, every page visited, standing on the last one. */
const onLastPage = (overrides: Partial<JourneySettings> = {}) =>
  run(start(undefined, overrides)[0], begin, next, next).snapshot;

describe('module journey as pure transitions: pages', () => {
  test('starts on welcome, with nothing saved', () => {
    const [snapshot, actions] = start();
    expect(snapshot.value).toBe('welcome');
    expect(snapshot.context).toMatchObject({
      page: 0,
      visited: [false, false, false],
      attempts: 0,
      passed: false,
    });
    expect(actions).toEqual([]);
  });

  test('journey.start opens the first page, marks it visited and saves', () => {
    const { snapshot, actions } = run(start()[0], begin);
    expect(snapshot.value).toBe('pages');
    expect(snapshot.context).toMatchObject({ page: 0, visited: [true, false, false] });
    expect(effects(actions)).toEqual([['saveProgress', 'page']]);
  });

  test('page.next and page.back move a page, visit it and save each time', () => {
    const { snapshot, actions } = run(start()[0], begin, next, next, back);
    expect(snapshot.context).toMatchObject({ page: 1, visited: [true, true, true] });
    expect(effects(actions)).toEqual(Array(4).fill(['saveProgress', 'page']));
  });

  test('page.back from the first page returns to welcome', () => {
    expect(run(start()[0], begin, back).snapshot.value).toBe('welcome');
  });

  test('page.next on the last page with no attempt yet stays put', () => {
    const { snapshot, actions } = run(onLastPage(), next);
    expect(snapshot.value).toBe('pages');
    expect(snapshot.context.page).toBe(2);
    expect(actions).toEqual([]);
  });

  test('page.goto jumps to a page and visits it', () => {
    const { snapshot } = run(start()[0], begin, goto(2));
    expect(snapshot.context).toMatchObject({ page: 2, visited: [true, false, true] });
  });

  test.each([-1, 3, 99])('page.goto %i (no such page) is ignored', (index) => {
    const from = run(start()[0], begin).snapshot;
    const { snapshot, actions } = run(from, goto(index));
    expect(snapshot.context).toEqual(from.context);
    expect(actions).toEqual([]);
  });

  test('results.show is ignored before any attempt', () => {
    expect(run(start()[0], begin, showResults).snapshot.value).toBe('pages');
  });
});

describe('module journey as pure transitions: the knowledge check', () => {
  test('unlock all-pages: locked until every page is visited', () => {
    const partway = run(start()[0], begin, next).snapshot;
    expect(run(partway, quizStart).snapshot.value).toBe('pages');
    expect(run(partway, goto(2), goto(0), quizStart).snapshot.value).toBe('quiz');
  });

  test('unlock always: open from the first page', () => {
    const [welcome] = start(undefined, { unlock: 'always' });
    expect(run(welcome, begin, quizStart).snapshot.value).toBe('quiz');
  });

  test('quiz.start counts an attempt and invokes the quiz with its seed and number', () => {
    const { snapshot, actions } = run(onLastPage(), quizStart);
    expect(snapshot.context.attempts).toBe(1);
    expect(snapshot.context.currentAttempt).toEqual({ seed: 7 });
    const spawn = invokedQuiz(actions);
    expect(spawn.systemId).toBe('quiz');
    expect(spawn.input).toEqual({
      bank: smallBank,
      questionsPerAttempt: 4,
      passMark: 80,
      seed: 7,
      attempt: 1,
    });
  });

  test('a finished attempt shows results, reports the attempt and saves', () => {
    const { snapshot, actions } = run(onLastPage(), quizStart, quizDone(failed), showResults);
    expect(snapshot.value).toBe('results');
    expect(snapshot.context).toMatchObject({ lastAttempt: failed, passed: false, currentAttempt: null });
    expect(effects(actions)).toEqual([
      ['reportAttempt', failed],
      ['saveProgress', 'attempt'],
    ]);
  });

  test('after a fail: retry is allowed, finish is not', () => {
    const results = run(onLastPage(), quizStart, quizDone(failed), showResults).snapshot;
    expect(run(results, finish).snapshot.value).toBe('results');
    const retried = run(results, retry).snapshot;
    expect(retried.value).toBe('quiz');
    expect(retried.context).toMatchObject({ attempts: 2, currentAttempt: { seed: 8 } });
  });

  test('after a pass: no retry, and finish completes the module', () => {
    const results = run(onLastPage(), quizStart, quizDone(passed), showResults).snapshot;
    expect(results.context.passed).toBe(true);
    expect(run(results, retry).snapshot.value).toBe('results');
    const { snapshot, actions } = run(results, finish);
    expect(snapshot.value).toBe('complete');
    expect(effects(actions)).toEqual([['saveProgress', 'page']]);
  });

  test('attemptLimit 2: two fails complete the module as failed, with no retry', () => {
    const { snapshot } = run(
      onLastPage(),
      quizStart,
      quizDone(failed),
      showResults,
      retry,
      quizDone(failed),
      showResults,
    );
    expect(snapshot.value).toBe('results');
    expect(snapshot.context).toMatchObject({ attempts: 2, passed: false });
    expect(isComplete(snapshot.context)).toBe(true);
    expect(run(snapshot, retry).snapshot.value).toBe('results');
    expect(run(snapshot, finish).snapshot.value).toBe('complete');
  });

  test('attemptLimit 0: retries never run out', () => {
    let { snapshot } = run(onLastPage({ attemptLimit: 0 }), quizStart, quizDone(failed), showResults);
    for (let attempt = 2; attempt <= 12; attempt++)
      snapshot = run(snapshot, retry, quizDone(failed), showResults).snapshot;
    expect(snapshot.context.attempts).toBe(12);
    expect(isComplete(snapshot.context)).toBe(false);
    expect(run(snapshot, retry).snapshot.value).toBe('quiz');
  });

  test('the module is not complete while its last allowed attempt is still under way', () => {
    const lastAttempt = run(onLastPage(), quizStart, quizDone(failed), showResults, retry).snapshot;
    expect(lastAttempt.value).toBe('quiz');
    expect(isComplete(lastAttempt.context)).toBe(false);
  });

  test('no attempt past the limit, nor after a pass, by way of the pages', () => {
    const used = run(
      onLastPage(),
      quizStart,
      quizDone(failed),
      showResults,
      retry,
      quizDone(failed),
      showResults,
      finish,
      goto(2),
    ).snapshot;
    expect(used.value).toBe('pages');
    expect(run(used, quizStart).snapshot.value).toBe('pages');
    const afterPass = run(onLastPage(), quizStart, quizDone(passed), showResults, goto(2)).snapshot;
    expect(run(afterPass, quizStart).snapshot.value).toBe('pages');
  });

  test('from results, page.goto reviews a page; page.next on the last page returns to results', () => {
    const results = run(onLastPage(), quizStart, quizDone(failed), showResults).snapshot;
    const reviewing = run(results, goto(1)).snapshot;
    expect(reviewing.value).toBe('pages');
    expect(reviewing.context.page).toBe(1);
    expect(run(reviewing, showResults).snapshot.value).toBe('results');
    expect(run(reviewing, next, next).snapshot.value).toBe('results');
  });

  test('from complete, page.goto reviews a page, page.next on the last one and results.show come back', () => {
    const complete = run(onLastPage(), quizStart, quizDone(passed), showResults, finish).snapshot;
    const reviewing = run(complete, goto(2)).snapshot;
    expect(reviewing.value).toBe('pages');
    expect(run(reviewing, next).snapshot.value).toBe('complete');
    expect(run(complete, showResults).snapshot.value).toBe('results');
  });
});

describe("module journey as pure transitions: the knowledge check's content note", () => {
  const withNote = { contentNote: true };
  const nextWithSeed: JourneyEvent = { type: 'page.next', seed: 5 };

  test('Next on the last page holds the attempt while the note is shown; nothing starts, nothing is saved', () => {
    const { snapshot, actions } = run(onLastPage(withNote), nextWithSeed);
    expect(snapshot.value).toBe('pages');
    expect(snapshot.context).toMatchObject({ noteHeld: { seed: 5 }, attempts: 0, currentAttempt: null });
    expect(effects(actions)).toEqual([]);
  });

  test('note.continue starts the held attempt with its seed; the note is not shown again this session', () => {
    const { snapshot } = run(onLastPage(withNote), nextWithSeed, { type: 'note.continue' });
    expect(snapshot.value).toBe('quiz');
    expect(snapshot.context).toMatchObject({ noteHeld: null, noteRead: true, attempts: 1 });
    expect(snapshot.context.currentAttempt).toMatchObject({ seed: 5 });
  });

  test('note.pause drops the held attempt and stays on the page; asking again shows the note again', () => {
    const paused = run(onLastPage(withNote), quizStart, { type: 'note.pause' }).snapshot;
    expect(paused.value).toBe('pages');
    expect(paused.context.noteHeld).toBeNull();
    expect(run(paused, quizStart).snapshot.context.noteHeld).toEqual({ seed: 7 });
  });

  test('a retry from results is held too, when the note has not been read in this session', () => {
    const resumed = start(
      {
        screen: 'results',
        page: 2,
        visited: [true, true, true],
        attempts: 1,
        passed: false,
        lastAttempt: { seed: 3, responses: {} },
        practice: [],
      },
      withNote,
    )[0];
    expect(resumed.value).toBe('results');
    const held = run(resumed, retry).snapshot;
    expect(held.value).toBe('results');
    expect(held.context.noteHeld).toEqual({ seed: 8 });
    expect(run(held, { type: 'note.continue' }).snapshot.value).toBe('quiz');
  });

  test('without a note, Next on the last page starts the attempt at once; note.continue alone starts nothing', () => {
    expect(run(onLastPage(), nextWithSeed).snapshot.value).toBe('quiz');
    expect(run(onLastPage(withNote), { type: 'note.continue' }).snapshot.value).toBe('pages');
  });

  test('leaving the page while the note is shown drops the hold', () => {
    const { snapshot } = run(onLastPage(withNote), nextWithSeed, back);
    expect(snapshot.context).toMatchObject({ page: 1, noteHeld: null });
  });
});

describe('module journey as pure transitions: branching scenarios', () => {
  const withScenarios = { scenarioIds: ['visit', 'clinic'] };
  const progress = (scenarioId: string, path: string): JourneyEvent => ({
    type: 'scenario.progress',
    scenarioId,
    path,
  });

  test('keeps the choices taken in each scenario and saves them like an answer', () => {
    const { snapshot, actions } = run(
      onLastPage(withScenarios),
      progress('clinic', '2'),
      progress('clinic', '21'),
    );
    expect(snapshot.context.scenarios).toEqual({ clinic: '21' });
    expect(effects(actions).slice(-2)).toEqual([
      ['saveProgress', 'answer'],
      ['saveProgress', 'answer'],
    ]);
    expect(resumeOf(snapshot.context).scenarios).toEqual(['', '21']);
  });

  test('ignores a scenario the module does not have (nothing kept, nothing saved)', () => {
    const { snapshot, actions } = run(onLastPage(withScenarios), progress('elsewhere', '0'));
    expect(snapshot.context.scenarios).toEqual({});
    expect(effects(actions)).toEqual([]);
    expect(resumeOf(snapshot.context).scenarios).toBeUndefined();
  });

  test('resumes the choices taken, by scenario, in module order', () => {
    const [resumed] = start(
      {
        screen: 'pages',
        page: 1,
        visited: [true, true, false],
        attempts: 0,
        passed: false,
        practice: [],
        scenarios: ['01', ''],
      },
      withScenarios,
    );
    expect(resumed.context.scenarios).toEqual({ visit: '01' });
    expect(resumeOf(resumed.context).scenarios).toEqual(['01', '']);
  });
});

describe('module journey as pure transitions: ending the session', () => {
  /** On the summary of a passed module. */
  const onSummary = () =>
    start({
      screen: 'complete',
      page: 2,
      visited: [true, true, true],
      attempts: 1,
      passed: true,
      lastAttempt: { seed: 3, responses: {} },
      practice: [],
    })[0];

  test('closing the page (exit) ends the session from anywhere, once, and hands the place to endSession', () => {
    const { snapshot, actions } = run(onLastPage(), { type: 'session.end', reason: 'exit' });
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.endedBy).toBe('exit');
    expect(actions.filter((a) => a.type === 'endSession')).toEqual([
      { type: 'endSession', params: expect.objectContaining({ reason: 'exit' }) },
    ]);
  });

  test.each([
    ['continue', 'continue'],
    ['menu', 'menu'],
  ] as const)('on the summary offered %s, leaving that way (%s) ends the session', (offer, reason) => {
    expect(onSummary().value).toBe('complete');
    const { snapshot, actions } = run(
      onSummary(),
      { type: 'next-module.offered', offer },
      { type: 'session.end', reason },
    );
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.endedBy).toBe(reason);
    expect(actions.filter((a) => a.type === 'endSession')).toHaveLength(1);
  });

  test.each([
    ['menu', 'continue'],
    ['continue', 'menu'],
    ['none', 'continue'],
    ['none', 'menu'],
  ] as const)('on the summary offered %s, asking to leave by %s does nothing', (offer, reason) => {
    const { snapshot, actions } = run(
      onSummary(),
      { type: 'next-module.offered', offer },
      { type: 'session.end', reason },
    );
    expect(snapshot.value).toBe('complete');
    expect(actions.filter((a) => a.type === 'endSession')).toEqual([]);
  });

  test('the offer is forgotten on leaving the summary (asked again on return)', () => {
    const { snapshot } = run(onSummary(), { type: 'next-module.offered', offer: 'continue' }, goto(0));
    expect(snapshot.context.nextModule).toBeNull();
    expect(run(snapshot, { type: 'session.end', reason: 'continue' }).snapshot.status).toBe('active');
  });
});

describe('module journey as pure transitions: recording and other tabs', () => {
  test('another tab open is shown; recording goes on', () => {
    const { snapshot, actions } = run(onLastPage(), { type: 'tabs.changed', status: 'another-open' });
    expect(snapshot.context).toMatchObject({ tabs: 'another-open', recording: true });
    expect(effects(actions)).toEqual([]);
  });

  test('a tab left behind stops recording once, for good', () => {
    const behind: JourneyEvent = { type: 'tabs.changed', status: 'behind' };
    const { snapshot, actions } = run(
      onLastPage(),
      behind,
      { type: 'tabs.changed', status: 'alone' },
      behind,
    );
    expect(snapshot.context).toMatchObject({ tabs: 'behind', recording: false });
    expect(effects(actions)).toEqual([['stopRecording', undefined]]);
  });

  test('a session launched without recording (review, browse) never starts recording', () => {
    const [snapshot] = initialTransition(moduleJourneyMachine, { settings, recording: false });
    expect(snapshot.context.recording).toBe(false);
  });
});

describe('module journey as pure transitions: resuming', () => {
  const base = { visited: [true, false, true], attempts: 0, passed: false, practice: [] };

  test('into welcome', () => {
    expect(start({ ...base, screen: 'welcome', page: 0 })[0].value).toBe('welcome');
  });

  test('into pages, on the saved page with the saved visits', () => {
    const [snapshot, actions] = start({ ...base, screen: 'pages', page: 2 });
    expect(snapshot.value).toBe('pages');
    expect(snapshot.context).toMatchObject({ page: 2, visited: [true, false, true] });
    expect(effects(actions)).toEqual([['saveProgress', 'page']]);
  });

  test('a saved page past the end is read as the last page', () => {
    expect(start({ ...base, screen: 'pages', page: 9 })[0].context.page).toBe(2);
  });

  test('into the quiz mid-attempt: same attempt number, seed and responses', () => {
    const quiz = { seed: 55, index: 1, responses: { 'q-single': ['a'] }, showingFeedback: false };
    const [snapshot, actions] = start({ ...base, screen: 'quiz', page: 2, attempts: 1, quiz });
    expect(snapshot.value).toBe('quiz');
    expect(snapshot.context.attempts).toBe(1);
    expect(invokedQuiz(actions).input).toMatchObject({
      seed: 55,
      attempt: 1,
      resume: { index: 1, responses: quiz.responses, showingFeedback: false },
    });
  });

  test('into results, with the last attempt', () => {
    const lastAttempt = { seed: 9, responses: { 'q-single': ['b'] } };
    const [snapshot] = start({ ...base, screen: 'results', page: 2, attempts: 1, lastAttempt });
    expect(snapshot.value).toBe('results');
    expect(snapshot.context.lastAttempt).toMatchObject({ ...lastAttempt, attempt: 1 });
    expect(run(snapshot, retry).snapshot.context.attempts).toBe(2);
  });

  test('into complete', () => {
    const lastAttempt = { seed: 9, responses: {} };
    const [snapshot, actions] = start({
      ...base,
      screen: 'complete',
      page: 2,
      attempts: 1,
      passed: true,
      lastAttempt,
    });
    expect(snapshot.value).toBe('complete');
    expect(isComplete(snapshot.context)).toBe(true);
    expect(effects(actions)).toEqual([['saveProgress', 'page']]);
  });
});

describe('module journey as an actor, with the real quiz', () => {
  type QuizActor = ActorRefFrom<typeof quizAttemptMachine>;
  const tinySettings: JourneySettings = {
    ...settings,
    bank: tinyBank,
    questionsPerAttempt: 2,
    passMark: 100,
  };

  function startJourney(resume?: JourneyResume) {
    const saveProgress = vi.fn<(reason: SaveReason) => void>();
    const reportAttempt = vi.fn<(outcome: AttemptOutcome) => void>();
    const machine = moduleJourneyMachine.provide({
      actions: {
        saveProgress: (_, request) => saveProgress(request.reason),
        reportAttempt: (_, report) => reportAttempt(report.outcome),
      },
    });
    const actor = createActor(machine, {
      input: { settings: tinySettings, ...(resume ? { resume } : {}) },
    }).start();
    const quiz = () => actor.system.get('quiz') as QuizActor;
    /** Answers every remaining question of the running quiz, right or wrong. */
    const answerAll = (right: boolean) => {
      for (const q of attemptQuestions(quiz().getSnapshot().context).slice(
        quiz().getSnapshot().context.index,
      )) {
        quiz().send({ type: 'quiz.select', response: right ? correctResponse(q) : wrongAnswer(q) });
        quiz().send({ type: 'quiz.submit' });
        quiz()?.send({ type: 'quiz.next' });
      }
      // The last answer ends the attempt; its feedback shows, then the results.
      expect(actor.getSnapshot().value).toBe('lastAnswer');
      actor.send(showResults);
    };
    return { actor, quiz, answerAll, saveProgress, reportAttempt };
  }

  test('finishing the invoked quiz shows results, reports the attempt and saves it', () => {
    const { actor, quiz, answerAll, saveProgress, reportAttempt } = startJourney();
    for (const event of [begin, next, next, quizStart]) actor.send(event);
    expect(quiz().getSnapshot().context.seed).toBe(7);
    saveProgress.mockClear();
    answerAll(true);

    const { value, context } = actor.getSnapshot();
    expect(value).toBe('results');
    expect(context.passed).toBe(true);
    expect(reportAttempt).toHaveBeenCalledTimes(1);
    const reported = reportAttempt.mock.calls[0]![0];
    expect(reported).toMatchObject({ seed: 7, attempt: 1, score: { percent: 100, passed: true } });
    expect(context.lastAttempt).toEqual(reported);
    // Each answer is saved as it is given; the attempt is saved once, when it is scored.
    expect(saveProgress.mock.calls.at(-1)).toEqual(['attempt']);
    expect(saveProgress.mock.calls.filter(([reason]) => reason === 'attempt')).toHaveLength(1);
    expect(actor.system.get('quiz')).toBeUndefined();
  });

  test('fail, retry with a new seed, fail again: complete as failed', () => {
    const { actor, quiz, answerAll, reportAttempt } = startJourney();
    for (const event of [begin, next, next, quizStart]) actor.send(event);
    answerAll(false);
    actor.send(retry);
    expect(quiz().getSnapshot().context).toMatchObject({ seed: 8, attempt: 2, index: 0, responses: {} });
    answerAll(false);
    actor.send(retry);
    actor.send(finish);

    expect(actor.getSnapshot().value).toBe('complete');
    expect(actor.getSnapshot().context).toMatchObject({ attempts: 2, passed: false });
    expect(reportAttempt.mock.calls.map(([o]) => [o.attempt, o.score.passed])).toEqual([
      [1, false],
      [2, false],
    ]);
  });

  test.each([false, true])(
    'resumes the quiz mid-attempt (feedback showing: %s) with the same order and responses',
    (showingFeedback) => {
      const drawn = drawAttempt(tinyBank, 2, 4242);
      const responses = { [drawn[0]!.id]: ['b'], [drawn[1]!.id]: ['a'] };
      const { actor, quiz, answerAll, reportAttempt } = startJourney({
        screen: 'quiz',
        page: 2,
        visited: [true, true, true],
        attempts: 1,
        passed: false,
        practice: [],
        quiz: { seed: 4242, index: 1, responses, showingFeedback },
      });
      expect(actor.getSnapshot().value).toBe('quiz');
      const resumed = quiz().getSnapshot();
      expect(resumed.value).toBe(showingFeedback ? 'feedback' : 'answering');
      expect(resumed.context).toMatchObject({ drawn, responses, index: 1, attempt: 1 });

      if (showingFeedback) {
        quiz().send({ type: 'quiz.next' });
        actor.send(showResults);
      } else answerAll(true);
      expect(actor.getSnapshot().value).toBe('results');
      expect(reportAttempt.mock.calls[0]![0]).toMatchObject({ seed: 4242, attempt: 1 });
      expect(Object.keys(reportAttempt.mock.calls[0]![0].responses).sort()).toEqual(
        drawn.map((d) => d.id).sort(),
      );
    },
  );
});

describe('module journey: every path', () => {
  /** Stands in for the quiz: finishes when told, passed or failed, whatever it was given. */
  const stubQuiz = setup({
    types: {
      input: {} as QuizAttemptInput,
      context: {} as { passed: boolean },
      events: {} as { type: 'stub.finish'; passed: boolean },
      output: {} as AttemptOutcome,
    },
  }).createMachine({
    context: { passed: false },
    initial: 'running',
    states: {
      running: {
        on: { 'stub.finish': { target: 'done', actions: assign({ passed: ({ event }) => event.passed }) } },
      },
      done: { type: 'final' },
    },
    output: ({ context }) => (context.passed ? passed : failed),
  });
  // provide() types a stand-in as the machine it replaces; the stub shares only its input and output.
  const machine = moduleJourneyMachine.provide({
    actors: { quizAttempt: stubQuiz as unknown as typeof quizAttemptMachine },
  });
  const stubIn = (actor: AnyActorRef) => actor.system.get('quiz') as ActorRefFrom<typeof stubQuiz>;
  const events: JourneyEvent[] = [
    begin,
    next,
    back,
    ...[-1, 0, 1, 2, 3].map(goto),
    quizStart,
    retry,
    showResults,
    finish,
    quizDone(passed),
    quizDone(failed),
    { type: 'page.next', seed: 9 },
    { type: 'session.end', reason: 'exit' },
  ];
  const stableStates = Object.entries(moduleJourneyMachine.root.states)
    .filter(([, node]) => !node.always)
    .map(([key]) => key);

  describe.each([
    { unlock: 'all-pages', attemptLimit: 2 },
    { unlock: 'always', attemptLimit: 1 },
  ] as const)('unlock $unlock, attemptLimit $attemptLimit', (limits) => {
    const journeySettings = { ...settings, ...limits };
    let paths: StatePath<JourneySnapshot, JourneyEvent>[] = [];
    let reached: JourneySnapshot[] = [];
    beforeAll(() => {
      // The limit makes a runaway state space (attempts without end) fail instead of hang.
      paths = getShortestPaths(walkedPurely(machine), {
        input: { settings: journeySettings },
        events,
        limit: 20_000,
      });
      reached = paths.map((p) => p.state);
    });

    test('reach every state but the transient restoring one', () => {
      expect(new Set(reached.map((s) => s.value))).toEqual(new Set(stableStates));
      expect(stableStates).toEqual([
        'welcome',
        'pages',
        'quiz',
        'lastAnswer',
        'results',
        'complete',
        'ended',
      ]);
    });

    test('keep the journey rules in every state reached', () => {
      for (const { value, context } of reached) {
        expect(context.attempts).toBeLessThanOrEqual(limits.attemptLimit);
        if (value === 'quiz') expect(context.currentAttempt).not.toBeNull();
        else if (value !== 'ended') expect(context.currentAttempt).toBeNull();
        if (value === 'results' || value === 'lastAnswer') expect(context.lastAttempt).not.toBeNull();
        if (value !== 'ended') expect(context.screen).toBe(value);
        if (value === 'complete') expect(isComplete(context)).toBe(true);
        if (value === 'quiz' || value === 'results' || context.attempts > 0)
          expect(limits.unlock === 'always' || context.visited.every(Boolean)).toBe(true);
        if (context.passed) expect(context.lastAttempt).not.toBeNull();
      }
    });

    test('each run by a live actor with the stub quiz the same way', () => {
      expect(paths.length).toBeGreaterThan(20);
      for (const path of paths) {
        const saveProgress = vi.fn();
        const reportAttempt = vi.fn();
        const actor = createActor(machine.provide({ actions: { saveProgress, reportAttempt } }), {
          input: { settings: journeySettings },
        }).start();
        for (const { event } of path.steps.slice(1)) {
          const finished = doneWith(event);
          // The walk stands for the quiz finishing with a done event; the live stub is told to finish instead.
          if (finished) stubIn(actor).send({ type: 'stub.finish', passed: finished.score.passed });
          else actor.send(event);
        }
        expect(actor.getSnapshot().value).toEqual(path.state.value);
        expect(actor.getSnapshot().context).toEqual(path.state.context);
        const attempts = path.steps.filter((s) => doneWith(s.event)).length;
        expect(reportAttempt).toHaveBeenCalledTimes(attempts);
        const saved = saveProgress.mock.calls as unknown as [unknown, SaveRequest][];
        expect(saved.filter(([, request]) => request.reason === 'attempt')).toHaveLength(attempts);
      }
    });
  });
});
