import type { ScorableQuestion } from '../../../src/assessment/scoring.ts';

interface QuestionSpec {
  type: ScorableQuestion['type'];
  /** option ids, one letter each; for ordering questions, in the correct order */
  options: string;
  /** the correct option ids (not used by ordering questions) */
  correct?: string;
  competencies?: string[];
  weight?: number;
}

/** A scorable question written as letters: `question('q1', { type: 'multiple', options: 'abcd', correct: 'ac' })`. */
export function question(id: string, spec: QuestionSpec): ScorableQuestion {
  return {
    id,
    type: spec.type,
    competencies: spec.competencies ?? ['D1.1'],
    weight: spec.weight ?? 1,
    options: [...spec.options].map((option) => ({
      id: option,
      correct: (spec.correct ?? '').includes(option),
    })),
  };
}

/** One question of each type, over two competencies: enough for the machines and the resume codec. */
export const smallBank: ScorableQuestion[] = [
  question('q-single', { type: 'single', options: 'abc', correct: 'b', competencies: ['D1.1'] }),
  question('q-multiple', { type: 'multiple', options: 'abcd', correct: 'ac', competencies: ['D1.2'] }),
  question('q-ordering', { type: 'ordering', options: 'abc', competencies: ['D1.1', 'D1.2'] }),
  question('q-true-false', { type: 'true-false', options: 'ab', correct: 'a', competencies: ['D1.2'] }),
  question('q-scenario', {
    type: 'scenario',
    options: 'abcd',
    correct: 'd',
    competencies: ['D1.1'],
    weight: 2,
  }),
];

/** Two true-false questions: the smallest bank whose every path a graph traversal can walk. */
export const tinyBank: ScorableQuestion[] = [
  question('q-first', { type: 'true-false', options: 'ab', correct: 'a' }),
  question('q-second', { type: 'true-false', options: 'ab', correct: 'b', competencies: ['D1.2'] }),
];

/** A response that scores the question wrong (`correctResponse` gives one that scores it right). */
export const wrongAnswer = (q: ScorableQuestion): string[] =>
  q.type === 'ordering' ? q.options.map((o) => o.id).reverse() : [q.options.find((o) => !o.correct)!.id];
