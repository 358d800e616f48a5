// @vitest-environment happy-dom
/**
 * After an answer, in a knowledge-check question and in a practice activity: the learner's own choice is marked
 * "Your answer" and every correct option "Correct answer", in words; before an answer there is no feedback box at
 * all (an empty one showed as a grey strip under every question). A practice vignette with a content note stays
 * behind the note, while the question stays.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledActivity, CompiledQuestion } from '../../../src/content/compiled.ts';
import '../../../src/components/imh-practice.ts';
import '../../../src/components/imh-question.ts';
import { PracticeAnswerEvent } from '../../../src/components/events.ts';
import { mount, rendered, text } from './mount.ts';
import { questionInteraction } from '../../../src/assessment/question-interaction.ts';

const option = (id: string, correct = false) => ({
  id,
  html: `Option ${id.toUpperCase()}`,
  correct,
  feedbackHtml: `Why ${id}.`,
});

const stated = {
  id: 'q-listen',
  type: 'multiple' as const,
  competencies: ['D1.1'],
  weight: 1,
  stemText: 'Which fit?',
  stemHtml: 'Which fit?',
  options: [option('a', true), option('b'), option('c', true)],
};
const question: CompiledQuestion = { ...stated, interaction: questionInteraction(stated) };

/** Each option's marks, by option id, e.g. { a: ['Your answer', 'Correct answer'] }. */
const marks = (root: Element) =>
  Object.fromEntries(
    [...root.querySelectorAll<HTMLInputElement>('.option input')].map((input) => [
      input.value,
      [...root.querySelectorAll(`label[for="${input.id}"] .mark`)].map(text),
    ]),
  );

describe('a knowledge-check question', () => {
  it('has no feedback box before it is submitted, only an empty live region', async () => {
    const el = await mount('imh-question', { question, optionOrder: ['a', 'b', 'c'], response: ['b'] });
    expect(el.querySelector('.feedback')).toBeNull();
    expect(el.querySelector('[role="status"]')?.childElementCount).toBe(0);
    expect(el.querySelectorAll('.mark')).toHaveLength(0);
  });

  it('during a scored attempt marks only the learner’s own choices, right or not, and never the key', async () => {
    const el = await mount('imh-question', {
      question,
      optionOrder: ['a', 'b', 'c'],
      response: ['a', 'b'],
      submitted: true,
      correct: false,
    });
    expect(marks(el)).toEqual({ a: ['Your answer: right'], b: ['Your answer: not right'], c: [] });
    expect(el.textContent).not.toContain('Correct answer');
    expect(el.querySelector('.option:has(#q-listen-c)')?.className).not.toMatch(/is-correct/);
    expect(text(el.querySelector('.feedback .verdict'))).toBe('✗ Not quite.');
    // feedback for the learner's own choices only, not every option's text again
    expect([...el.querySelectorAll('.option-feedback li')].map(text)).toEqual([
      'Your answer: right Option A Why a.',
      'Your answer: not right Option B Why b.',
    ]);
  });

  it('a wrong ordering in a scored attempt does not show the order that fits', async () => {
    const ordering = { ...question, type: 'ordering' as const, options: [option('a'), option('b')] };
    const el = await mount('imh-question', {
      question: { ...ordering, feedback: { correctHtml: 'Yes.', incorrectHtml: 'Not this order.' } },
      optionOrder: ['b', 'a'],
      response: ['b', 'a'],
      submitted: true,
      correct: false,
    });
    expect(text(el.querySelector('.feedback'))).not.toContain('The order that fits best');
  });

  it('with keys revealed (review), marks the learner’s answer and the correct ones, in words', async () => {
    const el = await mount('imh-question', {
      question,
      optionOrder: ['a', 'b', 'c'],
      response: ['a', 'b'],
      submitted: true,
      correct: false,
      revealKeys: true,
    });
    expect(marks(el)).toEqual({
      a: ['Your answer', 'Correct answer'],
      b: ['Your answer'],
      c: ['Correct answer'],
    });
    expect(el.querySelector('.option:has(#q-listen-b)')?.classList.contains('is-chosen-wrong')).toBe(true);
    expect(text(el.querySelector('.feedback .verdict'))).toBe('✗ Not quite.');
    expect([...el.querySelectorAll('.option-feedback li')].map(text)).toEqual([
      'Your answer Correct answer Option A Why a.',
      'Your answer Option B Why b.',
      'Correct answer Option C Why c.',
    ]);
  });
});

describe('the knowledge-check screen', () => {
  it('shows progress as words and a bar, and after Submit moves focus to the one Next button', async () => {
    const el = await mount('imh-question', {
      question,
      optionOrder: ['a', 'b', 'c'],
      response: ['a'],
      index: 2,
      total: 10,
    });
    expect(text(el.querySelector('.question-count'))).toBe('Question 3 of 10');
    expect(el.querySelector<HTMLElement>('.quiz-progress-fill')!.style.width).toBe('20%');
    el.submitted = true;
    await rendered(el);
    const next = el.querySelector<HTMLButtonElement>('.actions button')!;
    expect(text(next)).toBe('Next question');
    expect(document.activeElement).toBe(next);
    expect(el.querySelector<HTMLElement>('.quiz-progress-fill')!.style.width).toBe('30%');
  });

  it('takes no focus when restored already answered', async () => {
    const el = await mount('imh-question', {
      question,
      optionOrder: ['a', 'b', 'c'],
      response: ['a'],
      submitted: true,
    });
    expect(el.contains(document.activeElement)).toBe(false);
  });
});

describe('an ordering question', () => {
  it('offers Move up and Move down until it is submitted, then shows the order without them', async () => {
    const ordering = { ...question, type: 'ordering' as const, options: [option('a'), option('b')] };
    const el = await mount('imh-question', { question: ordering, optionOrder: ['b', 'a'], response: [] });
    expect([...el.querySelectorAll('.ordering button')].map(text)).toEqual([
      'Move up',
      'Move down',
      'Move up',
      'Move down',
    ]);
    el.submitted = true;
    await rendered(el);
    expect(el.querySelectorAll('.ordering button')).toHaveLength(0);
    expect([...el.querySelectorAll('.ordering-text')].map(text)).toEqual(['Option B', 'Option A']);
  });
});

const practice: Extract<CompiledActivity, { type: 'practice' }> = {
  type: 'practice',
  id: 'night-feeds',
  title: 'Night feeds',
  vignetteHtml: '<p>Ruth has been up every hour.</p>',
  questionHtml: 'What might help first?',
  options: [option('a', true), option('b')],
};

describe('a practice activity', () => {
  it('has no feedback box before an answer; after one, marks the answer and the correct option', async () => {
    const el = await mount('imh-practice', { activity: practice, answer: '' });
    expect(el.querySelector('.feedback')).toBeNull();

    el.answer = 'b';
    await rendered(el);
    expect(marks(el)).toEqual({ a: ['Correct answer'], b: ['Your answer'] });
    expect(text(el.querySelector('.feedback'))).toBe('○ Worth another look. Why b.');

    el.answer = 'a';
    await rendered(el);
    expect(marks(el)).toEqual({ a: ['Your answer', 'Correct answer'], b: [] });
    expect(el.querySelector('.feedback')?.classList.contains('is-correct')).toBe(true);
  });

  it('sends the chosen option when the learner checks it', async () => {
    const el = await mount('imh-practice', { activity: practice, answer: '' });
    const heard: unknown[] = [];
    el.addEventListener(PracticeAnswerEvent.type, (e) => heard.push(e.detail));
    el.querySelector<HTMLInputElement>('input[value="b"]')!.click();
    el.querySelector('form')!.requestSubmit();
    expect(heard).toEqual([{ activityId: 'night-feeds', optionId: 'b' }]);
  });

  it('with a content note, keeps the vignette behind the note while the question stays', async () => {
    const el = await mount('imh-practice', {
      activity: { ...practice, contentNoteHtml: '<p>This story mentions a baby in neonatal care.</p>' },
      answer: '',
    });
    const story = el.querySelector<HTMLElement>('imh-story .story-text')!;
    expect(text(el.querySelector('.story-note'))).toContain('This story mentions a baby in neonatal care.');
    expect(story.hidden).toBe(true);
    expect(text(story)).toBe('Ruth has been up every hour.');
    expect(text(el.querySelector('legend'))).toBe('What might help first?');

    el.querySelector<HTMLButtonElement>('[data-story="read"]')!.click();
    expect(story.hidden).toBe(false);
    // answering re-renders the activity; the story stays as the learner left it
    el.answer = 'a';
    await rendered(el);
    expect(el.querySelector<HTMLElement>('imh-story .story-text')!.hidden).toBe(false);
  });
});
