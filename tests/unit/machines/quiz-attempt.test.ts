import { describe, expect, test, vi } from 'vitest';
import { createActor, initialTransition, type EventObject, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { drawAttempt } from '../../../src/assessment/draw.ts';
import { correctResponse, isCorrect, scoreAttempt } from '../../../src/assessment/scoring.ts';
import {
  attemptQuestions,
  currentQuestion,
  quizAttemptMachine,
  type AnswerSubmitted,
  type QuizAttemptEvent,
  type QuizAttemptInput,
} from '../../../src/machines/quiz-attempt.ts';
import { smallBank, tinyBank, wrongAnswer } from '../assessment/fixture-bank.ts';
import { applyEvents } from './pure-transitions.ts';

type QuizSnapshot = SnapshotFrom<typeof quizAttemptMachine>;

const input: QuizAttemptInput = {
  bank: smallBank,
  questionsPerAttempt: 4,
  passMark: 80,
  seed: 1234,
  attempt: 2,
};

const run = (snapshot: QuizSnapshot, ...events: QuizAttemptEvent[]) =>
  applyEvents(quizAttemptMachine, snapshot, ...events);

const select = (response: string[]): QuizAttemptEvent => ({ type: 'quiz.select', response });
const submit: QuizAttemptEvent = { type: 'quiz.submit' };
const next: QuizAttemptEvent = { type: 'quiz.next' };
/** The events that answer the current question with `response` and move on. */
const answer = (response: string[]) => [select(response), submit, next];

describe('quiz attempt as pure transitions', () => {
  test('starts answering the first of the questions drawn from the seed', () => {
    const [snapshot, actions] = initialTransition(quizAttemptMachine, input);
    expect(snapshot.value).toBe('answering');
    expect(snapshot.context).toMatchObject({ index: 0, responses: {}, attempt: 2, seed: 1234 });
    expect(snapshot.context.drawn).toEqual(drawAttempt(smallBank, 4, 1234));
    expect(actions).toEqual([]);
  });

  test('will not submit without a response, nor with an empty one', () => {
    const [start] = initialTransition(quizAttemptMachine, input);
    for (const events of [[submit], [select([]), submit]]) {
      const { snapshot, actions } = run(start, ...events);
      expect(snapshot.value).toBe('answering');
      expect(actions.filter((a) => a.type === 'answerSubmitted')).toEqual([]);
    }
  });

  test('keeps the latest selection and submits it to feedback, reporting the answer', () => {
    const [start] = initialTransition(quizAttemptMachine, input);
    const question = currentQuestion(start.context);
    const { snapshot, actions } = run(
      start,
      select(wrongAnswer(question)),
      select(correctResponse(question)),
      submit,
    );
    expect(snapshot.value).toBe('feedback');
    expect(snapshot.context.responses).toEqual({ [question.id]: correctResponse(question) });
    // Each choice is reported as progress (kept if the page closes); the submit reports the answer.
    expect(actions.filter((a) => a.type === 'reportProgress')).toHaveLength(3);
    expect(actions.slice(2).map((a) => [a.type, a.params])).toEqual([
      ['answerSubmitted', { question, response: correctResponse(question), correct: true, attempt: 2 }],
      // the journey hears how far the attempt has gone, so its save holds the answer
      ['reportProgress', { index: 0, responses: snapshot.context.responses, showingFeedback: true }],
    ]);
  });

  test('reports a wrong answer as not correct', () => {
    const [start] = initialTransition(quizAttemptMachine, input);
    const question = currentQuestion(start.context);
    const { actions } = run(start, select(wrongAnswer(question)), submit);
    const answer = actions.find((a) => a.type === 'answerSubmitted')!;
    expect(answer.params).toMatchObject({ response: wrongAnswer(question), correct: false });
  });

  test('ignores selections while showing feedback: a submitted answer stays', () => {
    const [start] = initialTransition(quizAttemptMachine, input);
    const question = currentQuestion(start.context);
    const submitted = run(start, select(correctResponse(question)), submit).snapshot;
    const { snapshot, actions } = run(submitted, select(wrongAnswer(question)), submit);
    expect(snapshot.value).toBe('feedback');
    expect(snapshot.context.responses).toEqual(submitted.context.responses);
    expect(actions).toEqual([]);
  });

  test('moves to the next question, and after the last one is done with the scored outcome', () => {
    const [start] = initialTransition(quizAttemptMachine, input);
    const questions = attemptQuestions(start.context);
    let snapshot = run(start, ...answer(correctResponse(questions[0]!))).snapshot;
    expect(snapshot.value).toBe('answering');
    expect(snapshot.context.index).toBe(1);
    snapshot = run(
      snapshot,
      ...questions.slice(1).flatMap((q, i) => answer(i === 0 ? wrongAnswer(q) : correctResponse(q))),
    ).snapshot;

    const responses = Object.fromEntries(
      questions.map((q, i) => [q.id, i === 1 ? wrongAnswer(q) : correctResponse(q)]),
    );
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual({
      seed: 1234,
      attempt: 2,
      responses,
      score: scoreAttempt(questions, responses, 80),
    });
    expect(snapshot.output!.score.earned).toBe(snapshot.output!.score.available - questions[1]!.weight);
  });

  test('resumes into feedback on the question it was left on', () => {
    const drawn = drawAttempt(smallBank, 4, 1234);
    const responses = { [drawn[0]!.id]: ['a'], [drawn[1]!.id]: ['b'] };
    const [snapshot, actions] = initialTransition(quizAttemptMachine, {
      ...input,
      resume: { index: 1, responses, showingFeedback: true },
    });
    expect(snapshot.value).toBe('feedback');
    expect(snapshot.context).toMatchObject({ index: 1, responses, drawn });
    expect(actions).toEqual([]); // the answer was reported before the learner left
    expect(run(snapshot, next).snapshot.context.index).toBe(2);
  });

  test('resumes into answering with the responses given so far', () => {
    const drawn = drawAttempt(smallBank, 4, 1234);
    const responses = { [drawn[0]!.id]: ['c'], [drawn[1]!.id]: ['a'] };
    const [snapshot] = initialTransition(quizAttemptMachine, {
      ...input,
      resume: { index: 1, responses, showingFeedback: false },
    });
    expect(snapshot.value).toBe('answering');
    const { actions } = run(snapshot, submit);
    expect(actions[0]!.params).toMatchObject({ question: { id: drawn[1]!.id }, response: ['a'] });
  });

  test('resumed on the feedback of the last question, the next step is done', () => {
    const drawn = drawAttempt(smallBank, 4, 1234);
    const responses = Object.fromEntries(
      drawn.map((d) => [d.id, correctResponse(smallBank.find((q) => q.id === d.id)!)]),
    );
    const [resumed] = initialTransition(quizAttemptMachine, {
      ...input,
      resume: { index: 3, responses, showingFeedback: true },
    });
    const { snapshot } = run(resumed, next);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output!.responses).toEqual(responses);
  });
});

describe('quiz attempt as an actor', () => {
  test('calls the answerSubmitted the app provides with each answer, and outputs the score', () => {
    const answerSubmitted = vi.fn<(answer: AnswerSubmitted) => void>();
    const actor = createActor(
      quizAttemptMachine.provide({ actions: { answerSubmitted: (_, answer) => answerSubmitted(answer) } }),
      { input },
    ).start();
    const questions = attemptQuestions(actor.getSnapshot().context);
    for (const q of questions) {
      actor.send(submit); // no response yet: nothing reported
      actor.send(select(q.type === 'ordering' ? wrongAnswer(q) : correctResponse(q)));
      actor.send(submit);
      actor.send(next);
    }

    expect(answerSubmitted.mock.calls.map(([a]) => a)).toEqual(
      questions.map((q) => ({
        question: q,
        response: q.type === 'ordering' ? wrongAnswer(q) : correctResponse(q),
        correct: q.type !== 'ordering',
        attempt: 2,
      })),
    );
    const { status, output } = actor.getSnapshot();
    expect(status).toBe('done');
    expect(output!.score).toEqual(scoreAttempt(questions, output!.responses, 80));
  });
});

describe('quiz attempt: every path', () => {
  const graphInput: QuizAttemptInput = {
    bank: tinyBank,
    questionsPerAttempt: 2,
    passMark: 50,
    seed: 99,
    attempt: 1,
  };
  const model = createTestModel(quizAttemptMachine, {
    input: graphInput,
    events: [select(['a']), select(['b']), select([])],
  });
  const paths = model.getSimplePaths();
  const stableStates = Object.entries(quizAttemptMachine.root.states)
    .filter(([, node]) => !node.always)
    .map(([key]) => key);

  test('reach every state but the transient starting one', () => {
    const reached = new Set(paths.flatMap((p) => p.steps.map((s) => s.state.value)));
    expect([...reached].sort()).toEqual([...stableStates].sort());
    expect(stableStates).toEqual(['answering', 'feedback', 'done']);
  });

  test('end in done with an outcome consistent with the responses', () => {
    const finished = paths.filter((p) => p.state.status === 'done');
    expect(finished.length).toBeGreaterThan(0);
    for (const { state } of finished) {
      const questions = attemptQuestions(state.context);
      expect(Object.keys(state.output!.responses).sort()).toEqual(questions.map((q) => q.id).sort());
      expect(state.output!.score).toEqual(
        scoreAttempt(questions, state.context.responses, graphInput.passMark),
      );
      const right = questions.filter((q) => isCorrect(q, state.context.responses[q.id]!)).length;
      expect(state.output!.score.passed).toBe(right >= 1);
    }
  });

  test('each run by a live actor the same way, reporting every submitted answer once', async () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const answerSubmitted = vi.fn<(answer: AnswerSubmitted) => void>();
      const actor = createActor(
        quizAttemptMachine.provide({ actions: { answerSubmitted: (_, answer) => answerSubmitted(answer) } }),
        { input: graphInput },
      ).start();
      // The model types a step's event by its type alone; the step carries the whole event.
      const forward = (step: { event: EventObject }) => actor.send(step.event as QuizAttemptEvent);
      await path.test({
        events: { 'quiz.select': forward, 'quiz.submit': forward, 'quiz.next': forward },
        states: {
          '*': (state) => {
            expect(actor.getSnapshot().value).toEqual(state.value);
            expect(actor.getSnapshot().context).toEqual(state.context);
          },
        },
      });
      // Every answer counts, the last one too (it ends the attempt at once).
      const submitted = path.steps.filter(
        (s, i) =>
          i > 0 &&
          s.event.type === 'quiz.submit' &&
          (s.state.value === 'feedback' ||
            (s.state.status === 'done' && path.steps[i - 1]!.state.value === 'answering')),
      );
      expect(answerSubmitted).toHaveBeenCalledTimes(submitted.length);
      if (path.state.status === 'done') expect(actor.getSnapshot().output).toEqual(path.state.output);
    }
  });
});

describe('an ordering question left as shown (pin: mutating shownOrderIfUntouched or hasResponse fails here)', () => {
  const ordering = smallBank.find((q) => q.type === 'ordering')!;
  const onlyOrdering: QuizAttemptInput = { ...input, bank: [ordering], questionsPerAttempt: 1 };

  test('counts as an answer: the shown order is recorded, reported and scored', () => {
    const [start] = initialTransition(quizAttemptMachine, onlyOrdering);
    const shown = start.context.drawn[0]!.optionOrder;
    const { snapshot, actions } = run(start, submit);
    expect(snapshot.value).toBe('done');
    expect(snapshot.context.responses).toEqual({ [ordering.id]: shown });
    expect(actions.find((a) => a.type === 'answerSubmitted')?.params).toMatchObject({
      response: shown,
      correct: isCorrect(ordering, shown),
    });
  });

  test('a moved order is kept as moved, not replaced by the shown one', () => {
    const [start] = initialTransition(quizAttemptMachine, onlyOrdering);
    const moved = correctResponse(ordering);
    const { snapshot } = run(start, select(moved), submit);
    expect(snapshot.context.responses).toEqual({ [ordering.id]: moved });
  });
});
