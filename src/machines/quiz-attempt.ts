/**
 * One knowledge-check attempt: the drawn questions, the learner's responses, and feedback after each answer.
 * No DOM and no SCORM: the app learns about answers through the `answerSubmitted` action it provides.
 */
import { and, assign, sendParent, setup } from 'xstate';
import { drawAttempt, type DrawnQuestion } from '../assessment/draw.ts';
import { isCorrect, scoreAttempt, type AttemptScore, type ScorableQuestion } from '../assessment/scoring.ts';

export type Responses = Record<string, string[]>;

/** How far an attempt has gone: what the resume state keeps of an attempt in progress. */
export interface AttemptProgress {
  index: number;
  responses: Responses;
  showingFeedback: boolean;
}

export interface QuizAttemptInput {
  bank: readonly ScorableQuestion[];
  questionsPerAttempt: number;
  passMark: number;
  seed: number;
  /** 1-based attempt number */
  attempt: number;
  /** where a resumed attempt was left */
  resume?: AttemptProgress;
}

export interface QuizAttemptContext {
  bank: readonly ScorableQuestion[];
  drawn: DrawnQuestion[];
  passMark: number;
  seed: number;
  attempt: number;
  index: number;
  responses: Responses;
  resumeFeedback: boolean;
}

export interface AttemptOutcome {
  seed: number;
  attempt: number;
  responses: Responses;
  score: AttemptScore;
}

export interface AnswerSubmitted {
  question: ScorableQuestion;
  response: string[];
  correct: boolean;
  attempt: number;
}

export type QuizAttemptEvent =
  { type: 'quiz.select'; response: string[] } | { type: 'quiz.submit' } | { type: 'quiz.next' };

export const currentQuestion = (context: QuizAttemptContext): ScorableQuestion => {
  const id = context.drawn[context.index]!.id;
  return context.bank.find((q) => q.id === id)!;
};

export const attemptQuestions = (context: Pick<QuizAttemptContext, 'bank' | 'drawn'>): ScorableQuestion[] =>
  context.drawn.map((d) => context.bank.find((q) => q.id === d.id)!);

const progress =
  (showingFeedback: boolean) =>
  ({ context }: { context: QuizAttemptContext }): AttemptProgress => ({
    index: context.index,
    responses: context.responses,
    showingFeedback,
  });

/** The attempt's progress, sent to the journey that invoked it, so the journey's saves hold it. */
export const progressToParent = sendParent<
  QuizAttemptContext,
  QuizAttemptEvent,
  AttemptProgress,
  { type: 'attempt.progress' } & AttemptProgress,
  QuizAttemptEvent
>((_, progress) => ({ type: 'attempt.progress', ...progress }));

const submitted = {
  type: 'answerSubmitted' as const,
  params: ({ context }: { context: QuizAttemptContext }): AnswerSubmitted => {
    const question = currentQuestion(context);
    const response = context.responses[question.id]!;
    return { question, response, correct: isCorrect(question, response), attempt: context.attempt };
  },
};

export const quizAttemptMachine = setup({
  types: {
    input: {} as QuizAttemptInput,
    context: {} as QuizAttemptContext,
    events: {} as QuizAttemptEvent,
    output: {} as AttemptOutcome,
  },
  actions: {
    /**
     * An ordering question is answered by the order it shows: a learner who submits it as shown, without moving
     * an item, gave that order as their answer (it is recorded and scored, not refused).
     */
    shownOrderIfUntouched: assign({
      responses: ({ context }) => {
        const question = currentQuestion(context);
        if (question.type !== 'ordering' || (context.responses[question.id]?.length ?? 0) > 0)
          return context.responses;
        return { ...context.responses, [question.id]: [...context.drawn[context.index]!.optionOrder] };
      },
    }),
    /** provided by the app: report the answer to the LMS */
    answerSubmitted: (_, _answer: AnswerSubmitted) => {},
    /** provided by the journey that invokes the attempt (see `progressToParent`): how far it has gone */
    reportProgress: (_, _progress: AttemptProgress) => {},
  },
  guards: {
    hasResponse: ({ context }) =>
      currentQuestion(context).type === 'ordering' ||
      (context.responses[currentQuestion(context).id]?.length ?? 0) > 0,
    hasMoreQuestions: ({ context }) => context.index < context.drawn.length - 1,
    isLastQuestion: ({ context }) => context.index >= context.drawn.length - 1,
    resumeOnFeedback: ({ context }) => context.resumeFeedback,
  },
}).createMachine({
  id: 'quizAttempt',
  context: ({ input }) => ({
    bank: input.bank,
    drawn: drawAttempt(input.bank, input.questionsPerAttempt, input.seed),
    passMark: input.passMark,
    seed: input.seed,
    attempt: input.attempt,
    index: input.resume?.index ?? 0,
    responses: input.resume?.responses ?? {},
    resumeFeedback: input.resume?.showingFeedback ?? false,
  }),
  initial: 'starting',
  states: {
    starting: {
      always: [{ guard: 'resumeOnFeedback', target: 'feedback' }, { target: 'answering' }],
    },
    answering: {
      on: {
        'quiz.select': {
          actions: [
            assign({
              responses: ({ context, event }) => ({
                ...context.responses,
                [currentQuestion(context).id]: event.response,
              }),
            }),
            // A choice not yet submitted is kept too, for a learner who closes the page mid-question.
            { type: 'reportProgress', params: progress(false) },
          ],
        },
        'quiz.submit': [
          {
            // The last answer ends the attempt: it is scored and reported at once, not when results are shown.
            guard: and(['hasResponse', 'isLastQuestion']),
            target: 'done',
            actions: ['shownOrderIfUntouched', submitted],
          },
          {
            guard: 'hasResponse',
            target: 'feedback',
            actions: ['shownOrderIfUntouched', submitted, { type: 'reportProgress', params: progress(true) }],
          },
        ],
      },
    },
    feedback: {
      on: {
        'quiz.next': [
          {
            guard: 'hasMoreQuestions',
            target: 'answering',
            actions: [
              assign({ index: ({ context }) => context.index + 1 }),
              { type: 'reportProgress', params: progress(false) },
            ],
          },
          { target: 'done' },
        ],
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({
    seed: context.seed,
    attempt: context.attempt,
    responses: context.responses,
    score: scoreAttempt(attemptQuestions(context), context.responses, context.passMark),
  }),
});
