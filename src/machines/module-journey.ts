/**
 * A module's journey: welcome → pages → knowledge check → last answer's feedback → results → (remediation and
 * retry) → complete, and from anywhere to the end of the session. The machine owns the rules (when the knowledge
 * check unlocks, what Next means on the last page, how many attempts are allowed, when the module counts as
 * complete, what a reviewer may do) and everything the resume state needs, so a save never has to look anywhere
 * else. Side effects (saving, reporting, ending) are named actions the session supplies with `provide()`.
 */
import { and, assign, setup } from 'xstate';
import { drawAttempt } from '../assessment/draw.ts';
import { scoreAttempt, type ScorableQuestion } from '../assessment/scoring.ts';
import {
  attemptQuestions,
  progressToParent,
  quizAttemptMachine,
  type AttemptOutcome,
  type AttemptProgress,
  type Responses,
} from './quiz-attempt.ts';

/** Where a learner can be. `lastAnswer` is the feedback on the last question, after the attempt is scored. */
export type JourneyScreen = 'welcome' | 'pages' | 'quiz' | 'lastAnswer' | 'results' | 'complete';

export interface JourneySettings {
  pageCount: number;
  bank: readonly ScorableQuestion[];
  questionsPerAttempt: number;
  passMark: number;
  /** 0 = unlimited */
  attemptLimit: number;
  unlock: 'all-pages' | 'always';
  /** practice activity ids, in module order (their answers are part of the resume state) */
  practiceIds: readonly string[];
  /** branching scenario ids, in module order (the choices taken are part of the resume state) */
  scenarioIds?: readonly string[];
  /** a finished attempt reopened for review: the module and its result are shown, no attempt is started */
  review: boolean;
  /** the knowledge check has a content note: the first attempt of a session waits until the learner has read it */
  contentNote?: boolean;
}

/** The one reason vocabulary for saving: which moment of the journey a save records. */
export type SaveReason = 'page' | 'answer' | 'attempt' | 'hidden' | 'exit';

/** How a session ends: the page is closing, or the LMS is asked for the next module. */
/** exit: the page closes; continue: the LMS's next module; menu: back to the LMS's menu to choose it there. */
export type EndReason = 'exit' | 'continue' | 'menu';

/**
 * How the summary leads on to the next module, as the LMS answered when the learner arrived there: 'continue'
 * (it says a continue request is valid), 'menu' (it cannot vouch for one: exit to its course menu), 'none'.
 */
export type NextModuleOffer = 'continue' | 'menu' | 'none';

/** Where a learner left off: what the resume state holds and restores. */
export interface JourneyResume {
  /** saved screens: `lastAnswer` is saved as `results` */
  screen: Exclude<JourneyScreen, 'lastAnswer'>;
  page: number;
  visited: boolean[];
  attempts: number;
  passed: boolean;
  /** the attempt in progress (screen "quiz") */
  quiz?: { seed: number } & AttemptProgress;
  /** the last finished attempt: results, remediation and the summary are derived from it */
  lastAttempt?: { seed: number; responses: Responses };
  /** chosen option per practice activity, in module order ('' = not answered) */
  practice: string[];
  /** choices taken in each scenario, in module order: one choice index per decision ('' = not started) */
  scenarios?: string[];
}

/** Whether other tabs have this module open: 'behind' when another has saved after this one. */
export type TabsStatus = 'alone' | 'another-open' | 'behind';

export interface JourneyInput {
  settings: JourneySettings;
  resume?: JourneyResume;
  /** whether this session writes to the LMS (normal and no-credit launches); default true */
  recording?: boolean;
  tabs?: TabsStatus;
}

export interface JourneyContext {
  settings: JourneySettings;
  /** the screen the learner is on: states set it on entry, so a save knows where it is */
  screen: JourneyScreen;
  page: number;
  visited: boolean[];
  /** attempts started */
  attempts: number;
  passed: boolean;
  resumeScreen: JourneyResume['screen'];
  /** the attempt to start or resume when entering the quiz, and how far it has gone */
  currentAttempt: ({ seed: number } & Partial<AttemptProgress>) | null;
  /** the last finished attempt, always scored */
  lastAttempt: AttemptOutcome | null;
  /** chosen option per practice activity id */
  practice: Record<string, string>;
  /** choices taken per scenario id, one choice index (0–3) per decision */
  scenarios: Record<string, string>;
  /** an attempt asked for and held while the content note is on screen (its seed) */
  noteHeld: { seed: number } | null;
  /** the content note has been read in this session (it is not part of the resume state) */
  noteRead: boolean;
  /** how the session ended (final state), or null while it runs */
  endedBy: EndReason | null;
  /**
   * whether saves, reports and the exit are written to the LMS: not in review or browse, and never again once
   * another tab has saved after this one (its older state must not overwrite the newer)
   */
  recording: boolean;
  tabs: TabsStatus;
  /** on the summary: how it leads on to the next module (null until the LMS has been asked, and elsewhere) */
  nextModule: NextModuleOffer | null;
}

export type JourneyEvent =
  | { type: 'journey.start' }
  /** `seed` is used when Next on the last page starts the knowledge check */
  | { type: 'page.next'; seed?: number }
  | { type: 'page.back' }
  | { type: 'page.goto'; index: number }
  | { type: 'quiz.start'; seed: number }
  | { type: 'quiz.retry'; seed: number }
  | { type: 'results.show' }
  | { type: 'journey.finish' }
  | { type: 'practice.answer'; activityId: string; optionId: string }
  | { type: 'scenario.progress'; scenarioId: string; path: string }
  /** the knowledge check's content note: go on to the held attempt, or stay where you are */
  | { type: 'note.continue' }
  | { type: 'note.pause' }
  | ({ type: 'attempt.progress' } & AttemptProgress)
  | { type: 'session.end'; reason: EndReason }
  | { type: 'tabs.changed'; status: TabsStatus }
  /** the LMS's answer on arrival at the summary: how the learner may go on to the next module */
  | { type: 'next-module.offered'; offer: NextModuleOffer };

/** What the report action receives: the finished attempt and the module's statuses after it. */
export interface AttemptReport {
  outcome: AttemptOutcome;
  complete: boolean;
  passed: boolean;
}

/** What a save action receives: why, and the resume state as of this transition. */
export interface SaveRequest {
  reason: SaveReason;
  resume: JourneyResume;
}

export { attemptsLeft, canRetry, isComplete, isReview, quizUnlocked } from './journey-rules.ts';
import { canRetry, isComplete, quizUnlocked } from './journey-rules.ts';

const visit = (visited: boolean[], index: number) => visited.map((v, i) => v || i === index);

/** The resume state of a context. Pure: the session and every save use it. */
export function resumeOf(context: JourneyContext): JourneyResume {
  const c = context;
  const saved = c.screen === 'lastAnswer' ? 'results' : c.screen;
  const resume: JourneyResume = {
    screen: saved,
    page: c.page,
    visited: c.visited,
    attempts: c.attempts,
    passed: c.passed,
    practice: c.settings.practiceIds.map((id) => c.practice[id] ?? ''),
  };
  const scenarioIds = c.settings.scenarioIds ?? [];
  if (scenarioIds.some((id) => c.scenarios[id]))
    resume.scenarios = scenarioIds.map((id) => c.scenarios[id] ?? '');
  if (saved === 'quiz' && c.currentAttempt)
    resume.quiz = {
      seed: c.currentAttempt.seed,
      index: c.currentAttempt.index ?? 0,
      responses: c.currentAttempt.responses ?? {},
      showingFeedback: c.currentAttempt.showingFeedback ?? false,
    };
  if (c.lastAttempt) resume.lastAttempt = { seed: c.lastAttempt.seed, responses: c.lastAttempt.responses };
  return resume;
}

/** A resumed last attempt is scored again from its seed and responses: one shape for every last attempt. */
export function scoredAttempt(
  settings: JourneySettings,
  attempt: number,
  last: { seed: number; responses: Responses },
): AttemptOutcome {
  const drawn = drawAttempt(settings.bank, settings.questionsPerAttempt, last.seed);
  return {
    seed: last.seed,
    attempt,
    responses: last.responses,
    score: scoreAttempt(attemptQuestions({ bank: settings.bank, drawn }), last.responses, settings.passMark),
  };
}

/** The attempt as the journey invokes it: it tells the journey how far it has gone. */
export const journeyQuizAttempt = quizAttemptMachine.provide({
  actions: { reportProgress: progressToParent },
});

const save = (reason: SaveReason) => ({
  type: 'saveProgress' as const,
  params: ({ context }: { context: JourneyContext }): SaveRequest => ({ reason, resume: resumeOf(context) }),
});
const on = (screen: JourneyScreen) => ({ type: 'enterScreen' as const, params: screen });

export const moduleJourneyMachine = setup({
  types: {
    input: {} as JourneyInput,
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
  },
  actors: { quizAttempt: journeyQuizAttempt },
  actions: {
    /** provided by the session: persist the resume state and commit */
    saveProgress: (_, _request: SaveRequest) => {},
    /** provided by the session: send score, objectives and statuses for a finished attempt */
    reportAttempt: (_, _report: AttemptReport) => {},
    /** provided by the session: drop what is pending and write nothing more to the LMS (a tab left behind) */
    stopRecording: () => {},
    /** provided by the session: write the place and end the LMS session (or hand over to the next module) */
    endSession: (_, _end: { reason: EndReason; resume: JourneyResume }) => {},
    enterScreen: assign((_, screen: JourneyScreen) => ({ screen })),
    /** the learner has read the content note: the attempt they asked for starts */
    startHeldAttempt: assign({
      currentAttempt: ({ context }) => context.noteHeld,
      noteHeld: null,
      noteRead: true,
    }),
    trackAttempt: assign({
      currentAttempt: ({ context, event }) =>
        event.type === 'attempt.progress'
          ? {
              seed: context.currentAttempt!.seed,
              index: event.index,
              responses: event.responses,
              showingFeedback: event.showingFeedback,
            }
          : context.currentAttempt,
    }),
  },
  guards: {
    resumeAt: ({ context }, screen: JourneyScreen) => context.resumeScreen === screen,
    hasNextPage: ({ context }) => context.page < context.settings.pageCount - 1,
    hasPreviousPage: ({ context }) => context.page > 0,
    validPage: ({ context, event }) =>
      event.type === 'page.goto' && event.index >= 0 && event.index < context.settings.pageCount,
    quizUnlocked: ({ context }) => quizUnlocked(context),
    complete: ({ context }) => isComplete(context),
    hasResult: ({ context }) => context.lastAttempt !== null,
    canRetry: ({ context }) => canRetry(context),
    answerShown: ({ event }) => event.type === 'attempt.progress' && event.showingFeedback,
    hasSeed: ({ event }) => event.type === 'page.next' && event.seed !== undefined,
    noteFirst: ({ context }) => context.settings.contentNote === true && !context.noteRead,
    noteHeld: ({ context }) => context.noteHeld !== null,
    knownPractice: ({ context, event }) =>
      event.type === 'practice.answer' && context.settings.practiceIds.includes(event.activityId),
    knownScenario: ({ context, event }) =>
      event.type === 'scenario.progress' &&
      (context.settings.scenarioIds ?? []).includes(event.scenarioId) &&
      /^[0-3]{0,40}$/.test(event.path),
  },
}).createMachine({
  id: 'moduleJourney',
  context: ({ input }) => {
    const { settings } = input;
    const count = settings.pageCount;
    const r = input.resume;
    const practice: Record<string, string> = {};
    settings.practiceIds.forEach((id, i) => {
      if (r?.practice[i]) practice[id] = r.practice[i];
    });
    const scenarios: Record<string, string> = {};
    (settings.scenarioIds ?? []).forEach((id, i) => {
      if (r?.scenarios?.[i]) scenarios[id] = r.scenarios[i];
    });
    return {
      settings,
      page: r ? Math.min(Math.max(r.page, 0), count - 1) : 0,
      visited: Array.from({ length: count }, (_, i) => r?.visited[i] ?? false),
      attempts: r?.attempts ?? 0,
      passed: r?.passed ?? false,
      screen: 'welcome' as JourneyScreen,
      resumeScreen: r?.screen ?? 'welcome',
      currentAttempt: r?.quiz ?? null,
      lastAttempt: r?.lastAttempt ? scoredAttempt(settings, r.attempts, r.lastAttempt) : null,
      practice,
      scenarios,
      noteHeld: null,
      noteRead: false,
      endedBy: null,
      recording: input.recording ?? true,
      tabs: input.tabs ?? 'alone',
      nextModule: null,
    };
  },
  on: {
    'note.pause': { actions: assign({ noteHeld: null }) },
    'tabs.changed': [
      {
        guard: ({ context, event }) => event.status === 'behind' && context.recording,
        actions: [assign({ tabs: ({ event }) => event.status, recording: false }), 'stopRecording'],
      },
      { actions: assign({ tabs: ({ event }) => event.status }) },
    ],
    'session.end': {
      // Closing the page always ends the session; leaving for the next module only the way the LMS offered.
      guard: ({ context, event }) => event.reason === 'exit' || event.reason === context.nextModule,
      target: '.ended',
      actions: [
        {
          type: 'endSession',
          params: ({ context, event }) => ({ reason: event.reason, resume: resumeOf(context) }),
        },
        assign({ endedBy: ({ event }) => event.reason }),
      ],
    },
  },
  initial: 'restoring',
  states: {
    restoring: {
      always: [
        { guard: { type: 'resumeAt', params: 'pages' }, target: 'pages' },
        // A review never resumes an attempt in progress: it shows the result, or the pages.
        { guard: and([{ type: 'resumeAt', params: 'quiz' as const }, 'canRetry']), target: 'quiz' },
        { guard: { type: 'resumeAt', params: 'quiz' }, target: 'pages' },
        { guard: and([{ type: 'resumeAt', params: 'results' as const }, 'hasResult']), target: 'results' },
        { guard: and([{ type: 'resumeAt', params: 'complete' as const }, 'complete']), target: 'complete' },
        { target: 'welcome' },
      ],
    },
    welcome: {
      entry: on('welcome'),
      on: { 'journey.start': 'pages' },
    },
    pages: {
      entry: [
        on('pages'),
        assign({ visited: ({ context }) => visit(context.visited, context.page), noteHeld: null }),
        save('page'),
      ],
      on: {
        'note.continue': { guard: 'noteHeld', target: 'quiz', actions: 'startHeldAttempt' },
        'page.next': [
          {
            guard: 'hasNextPage',
            target: 'pages',
            reenter: true,
            actions: assign({ page: ({ context }) => context.page + 1 }),
          },
          { guard: 'complete', target: 'complete' },
          { guard: 'hasResult', target: 'results' },
          // Next on the last page starts the knowledge check, once it is open (after its content note, if any).
          {
            guard: and(['hasSeed', 'quizUnlocked', 'canRetry', 'noteFirst']),
            actions: assign({ noteHeld: ({ event }) => ({ seed: (event as { seed: number }).seed }) }),
          },
          {
            guard: and(['hasSeed', 'quizUnlocked', 'canRetry']),
            target: 'quiz',
            actions: assign({
              currentAttempt: ({ event }) => ({ seed: (event as { seed: number }).seed }),
            }),
          },
        ],
        'page.back': [
          {
            guard: 'hasPreviousPage',
            target: 'pages',
            reenter: true,
            actions: assign({ page: ({ context }) => context.page - 1 }),
          },
          { target: 'welcome' },
        ],
        'page.goto': {
          guard: 'validPage',
          target: 'pages',
          reenter: true,
          actions: assign({ page: ({ event }) => event.index }),
        },
        'quiz.start': [
          {
            guard: and(['quizUnlocked', 'canRetry', 'noteFirst']),
            actions: assign({ noteHeld: ({ event }) => ({ seed: event.seed }) }),
          },
          {
            // From the pages too, an attempt needs one left (the UI only offers it before the first).
            guard: and(['quizUnlocked', 'canRetry']),
            target: 'quiz',
            actions: assign({ currentAttempt: ({ event }) => ({ seed: event.seed }) }),
          },
        ],
        'results.show': { guard: 'hasResult', target: 'results' },
        'journey.finish': { guard: 'complete', target: 'complete' },
        'practice.answer': {
          guard: 'knownPractice',
          actions: [
            assign({
              practice: ({ context, event }) => ({ ...context.practice, [event.activityId]: event.optionId }),
            }),
            save('answer'),
          ],
        },
        'scenario.progress': {
          guard: 'knownScenario',
          actions: [
            assign({
              scenarios: ({ context, event }) => ({ ...context.scenarios, [event.scenarioId]: event.path }),
            }),
            save('answer'),
          ],
        },
      },
    },
    quiz: {
      entry: assign({
        screen: 'quiz',
        attempts: ({ context }) =>
          context.currentAttempt?.index !== undefined ? context.attempts : context.attempts + 1,
      }),
      invoke: {
        id: 'quiz',
        systemId: 'quiz',
        src: 'quizAttempt',
        input: ({ context }) => {
          const current = context.currentAttempt!;
          return {
            bank: context.settings.bank,
            questionsPerAttempt: context.settings.questionsPerAttempt,
            passMark: context.settings.passMark,
            seed: current.seed,
            attempt: context.attempts,
            ...(current.index !== undefined
              ? {
                  resume: {
                    index: current.index,
                    responses: current.responses ?? {},
                    showingFeedback: current.showingFeedback ?? false,
                  },
                }
              : {}),
          };
        },
        onDone: {
          // Scored the moment the last answer is in: closing the page from here on keeps the result.
          target: 'lastAnswer',
          actions: [
            assign({
              screen: 'lastAnswer',
              lastAttempt: ({ event }) => event.output,
              passed: ({ context, event }) => context.passed || event.output.score.passed,
              currentAttempt: null,
            }),
            {
              type: 'reportAttempt',
              params: ({ context, event }) => ({
                outcome: event.output,
                complete: isComplete(context),
                passed: context.passed,
              }),
            },
            save('attempt'),
          ],
        },
      },
      on: {
        // An answer is saved as it is given; moving to the next question is kept for the next save (or the exit).
        'attempt.progress': [
          { guard: 'answerShown', actions: ['trackAttempt', save('answer')] },
          { actions: 'trackAttempt' },
        ],
      },
    },
    lastAnswer: {
      entry: on('lastAnswer'),
      on: {
        'results.show': 'results',
      },
    },
    results: {
      entry: [on('results'), assign({ noteHeld: null })],
      on: {
        'note.continue': { guard: 'noteHeld', target: 'quiz', actions: 'startHeldAttempt' },
        'quiz.retry': [
          {
            guard: and(['canRetry', 'noteFirst']),
            actions: assign({ noteHeld: ({ event }) => ({ seed: event.seed }) }),
          },
          {
            guard: 'canRetry',
            target: 'quiz',
            actions: assign({ currentAttempt: ({ event }) => ({ seed: event.seed }) }),
          },
        ],
        'page.goto': {
          guard: 'validPage',
          target: 'pages',
          actions: assign({ page: ({ event }) => event.index }),
        },
        'journey.finish': { guard: 'complete', target: 'complete' },
      },
    },
    complete: {
      entry: [on('complete'), save('page')],
      exit: assign({ nextModule: null }),
      on: {
        'next-module.offered': { actions: assign({ nextModule: ({ event }) => event.offer }) },
        'page.goto': {
          guard: 'validPage',
          target: 'pages',
          actions: assign({ page: ({ event }) => event.index }),
        },
        'results.show': 'results',
      },
    },
    ended: { type: 'final' },
  },
});
