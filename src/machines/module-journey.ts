/**
 * A module's journey: welcome → pages → knowledge check → results → (remediation and retry) → complete.
 * Guards decide when the knowledge check unlocks, how many attempts are allowed and when the module counts
 * as complete. Side effects (saving, reporting) are named actions the app supplies with `provide()`.
 */
import { and, assign, setup } from 'xstate';
import type { ScorableQuestion } from '../assessment/scoring.ts';
import { quizAttemptMachine, type AttemptOutcome, type Responses } from './quiz-attempt.ts';

export type JourneyScreen = 'welcome' | 'pages' | 'quiz' | 'results' | 'complete';

export interface JourneySettings {
  pageCount: number;
  bank: readonly ScorableQuestion[];
  questionsPerAttempt: number;
  passMark: number;
  /** 0 = unlimited */
  attemptLimit: number;
  unlock: 'all-pages' | 'always';
}

/** Where a learner left off: restored from the resume state the app saved. */
export interface JourneyResume {
  screen: JourneyScreen;
  page: number;
  visited: boolean[];
  attempts: number;
  passed: boolean;
  /** the attempt in progress (screen "quiz") */
  quiz?: { seed: number; index: number; responses: Responses; showingFeedback: boolean };
  /** the last finished attempt (results, remediation and the summary are derived from it) */
  lastAttempt?: { seed: number; responses: Responses };
}

export interface JourneyInput {
  settings: JourneySettings;
  resume?: JourneyResume;
}

export interface JourneyContext {
  settings: JourneySettings;
  page: number;
  visited: boolean[];
  /** attempts started */
  attempts: number;
  passed: boolean;
  resumeScreen: JourneyScreen;
  /** the attempt to start or resume when entering the quiz */
  currentAttempt: { seed: number; resume?: JourneyResume['quiz'] } | null;
  lastAttempt: AttemptOutcome | { seed: number; responses: Responses } | null;
}

export type JourneyEvent =
  | { type: 'journey.start' }
  | { type: 'page.next' }
  | { type: 'page.back' }
  | { type: 'page.goto'; index: number }
  | { type: 'quiz.start'; seed: number }
  | { type: 'quiz.retry'; seed: number }
  | { type: 'results.show' }
  | { type: 'journey.finish' };

export type SaveReason = 'page' | 'attempt';

const allVisited = (c: JourneyContext) => c.visited.every(Boolean);
export const quizUnlocked = (c: JourneyContext) => c.settings.unlock === 'always' || allVisited(c);
export const attemptsLeft = (c: JourneyContext) =>
  c.settings.attemptLimit === 0 ? Infinity : Math.max(0, c.settings.attemptLimit - c.attempts);
/** The module's completion rule: passed, or every allowed attempt used — and the last one finished. */
export const isComplete = (c: JourneyContext) =>
  c.passed ||
  (c.attempts > 0 && attemptsLeft(c) === 0 && c.lastAttempt !== null && c.currentAttempt === null);

const visit = (visited: boolean[], index: number) => visited.map((v, i) => v || i === index);

/** Another attempt is allowed: not yet passed, and attempts left. */
export const canRetry = (c: JourneyContext) => !c.passed && attemptsLeft(c) > 0;

export const moduleJourneyMachine = setup({
  types: {
    input: {} as JourneyInput,
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
  },
  actors: { quizAttempt: quizAttemptMachine },
  actions: {
    /** provided by the app: persist the resume state and commit */
    saveProgress: (_, _reason: SaveReason) => {},
    /** provided by the app: send score, objectives and statuses for a finished attempt */
    reportAttempt: (_, _outcome: AttemptOutcome) => {},
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
  },
}).createMachine({
  id: 'moduleJourney',
  context: ({ input }) => {
    const count = input.settings.pageCount;
    const r = input.resume;
    return {
      settings: input.settings,
      page: r ? Math.min(Math.max(r.page, 0), count - 1) : 0,
      visited: Array.from({ length: count }, (_, i) => r?.visited[i] ?? false),
      attempts: r?.attempts ?? 0,
      passed: r?.passed ?? false,
      resumeScreen: r?.screen ?? 'welcome',
      currentAttempt: r?.quiz ? { seed: r.quiz.seed, resume: r.quiz } : null,
      lastAttempt: r?.lastAttempt ?? null,
    };
  },
  initial: 'restoring',
  states: {
    restoring: {
      always: [
        { guard: { type: 'resumeAt', params: 'pages' }, target: 'pages' },
        { guard: { type: 'resumeAt', params: 'quiz' }, target: 'quiz' },
        { guard: { type: 'resumeAt', params: 'results' }, target: 'results' },
        { guard: { type: 'resumeAt', params: 'complete' }, target: 'complete' },
        { target: 'welcome' },
      ],
    },
    welcome: {
      on: { 'journey.start': 'pages' },
    },
    pages: {
      entry: [
        assign({ visited: ({ context }) => visit(context.visited, context.page) }),
        { type: 'saveProgress', params: 'page' },
      ],
      on: {
        'page.next': [
          {
            guard: 'hasNextPage',
            target: 'pages',
            reenter: true,
            actions: assign({ page: ({ context }) => context.page + 1 }),
          },
          { guard: 'complete', target: 'complete' },
          { guard: 'hasResult', target: 'results' },
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
        'quiz.start': {
          // From the pages too, an attempt needs one left (the UI only offers it before the first).
          guard: and(['quizUnlocked', 'canRetry']),
          target: 'quiz',
          actions: assign({ currentAttempt: ({ event }) => ({ seed: event.seed }) }),
        },
        'results.show': { guard: 'hasResult', target: 'results' },
        'journey.finish': { guard: 'complete', target: 'complete' },
      },
    },
    quiz: {
      entry: assign({
        attempts: ({ context }) => (context.currentAttempt?.resume ? context.attempts : context.attempts + 1),
      }),
      invoke: {
        id: 'quiz',
        systemId: 'quiz',
        src: 'quizAttempt',
        input: ({ context }) => ({
          bank: context.settings.bank,
          questionsPerAttempt: context.settings.questionsPerAttempt,
          passMark: context.settings.passMark,
          seed: context.currentAttempt!.seed,
          attempt: context.attempts,
          ...(context.currentAttempt?.resume ? { resume: context.currentAttempt.resume } : {}),
        }),
        onDone: {
          target: 'results',
          actions: [
            assign({
              lastAttempt: ({ event }) => event.output,
              passed: ({ context, event }) => context.passed || event.output.score.passed,
              currentAttempt: null,
            }),
            { type: 'reportAttempt', params: ({ event }) => event.output },
            { type: 'saveProgress', params: 'attempt' },
          ],
        },
      },
    },
    results: {
      on: {
        'quiz.retry': {
          guard: 'canRetry',
          target: 'quiz',
          actions: assign({ currentAttempt: ({ event }) => ({ seed: event.seed }) }),
        },
        'page.goto': {
          guard: 'validPage',
          target: 'pages',
          actions: assign({ page: ({ event }) => event.index }),
        },
        'journey.finish': { guard: 'complete', target: 'complete' },
      },
    },
    complete: {
      entry: { type: 'saveProgress', params: 'page' },
      on: {
        'page.goto': {
          guard: 'validPage',
          target: 'pages',
          actions: assign({ page: ({ event }) => event.index }),
        },
        'results.show': 'results',
      },
    },
  },
});
