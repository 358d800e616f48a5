// @vitest-environment happy-dom
/**
 * Results and the CPD summary show whole percentages (never rounded up to a mark not reached), call the result
 * "Knowledge check", and the summary is short on screen but opens everything for printing.
 */
import { describe, expect, it } from 'vitest';
import type { AttemptScore } from '../../../src/assessment/scoring.ts';
import type { CompiledModule } from '../../../src/content/compiled.ts';
import { wholePercent } from '../../../src/components/whole-percent.ts';
import '../../../src/components/imh-results.ts';
import '../../../src/components/imh-summary.ts';
import { mount, rendered, text } from './mount.ts';
import { questionInteraction } from '../../../src/assessment/question-interaction.ts';

const competencies = [
  {
    id: 'D1.1',
    statement: 'Build a working relationship.',
    domain: 1,
    domainName: 'Relationship-based practice',
  },
  { id: 'D2.1', statement: 'Explain how regulation develops.', domain: 2, domainName: 'Development' },
];

const score: AttemptScore = {
  earned: 10,
  available: 12,
  percent: 83.33,
  passed: true,
  competencies: [
    { id: 'D1.1', earned: 2, available: 3, percent: 66.67, answered: 3, status: 'working-towards' },
    { id: 'D2.1', earned: 8, available: 9, percent: 88.89, answered: 9, status: 'achieved' },
  ],
};

describe('whole percentages', () => {
  it('round to the nearest whole number, but never up to a mark that was not reached', () => {
    expect(wholePercent(83.33, 80, true)).toBe(83);
    expect(wholePercent(66.67, 80, false)).toBe(67);
    expect(wholePercent(79.6, 80, false)).toBe(79);
    expect(wholePercent(80, 80, true)).toBe(80);
  });
});

describe('imh-results', () => {
  it('shows the score and each competency as whole percentages', async () => {
    const el = await mount('imh-results', { score, competencies, passMark: 80 });
    expect(text(el.querySelector('.overall'))).toBe('You scored 83% (10 of 12). Passed.');
    expect([...el.querySelectorAll('.competency-result')].map(text)).toEqual([
      '67% — Working towards (2 of 3)',
      '89% — Achieved (8 of 9)',
    ]);
    expect(el.querySelector<HTMLElement>('.bar-fill')!.style.width).toBe('67%');
  });

  it('lists each page to revisit once, under the first competency that needs it, Retry at the top', async () => {
    const page = (id: string) => ({ id, title: `Page ${id}` });
    const notAssessed = {
      id: 'D2.1',
      earned: 2,
      available: 2,
      percent: 100,
      answered: 2,
      status: 'not-assessed' as const,
    };
    const el = await mount('imh-results', {
      score: { ...score, passed: false, competencies: [score.competencies[0]!, notAssessed] },
      competencies,
      passMark: 80,
      canRetry: true,
      remediation: { 'D1.1': [page('a'), page('b')], 'D2.1': [page('b'), page('c')] },
    });
    expect([...el.querySelectorAll('.remediation button')].map(text)).toEqual([
      'Review: Page a',
      'Review: Page b',
      'Review: Page c',
    ]);
    expect([...el.querySelectorAll('.competency-result')].map(text)[1]).toContain('Not assessed');
    const retry = [...el.querySelectorAll('button')].find((b) => text(b) === 'Retry')!;
    expect(retry.compareDocumentPosition(el.querySelector('.competency-bars')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});

describe('imh-results: the keys after an attempt (course.yaml review)', () => {
  const q = {
    id: 'q-key',
    type: 'single' as const,
    competencies: ['D1.1'],
    weight: 1,
    stemText: 'What first?',
    stemHtml: 'What first?',
    options: [
      { id: '4', html: 'Ask her', correct: true, feedbackHtml: 'Because asking opens it.' },
      { id: 'x', html: 'Tell her', correct: false, feedbackHtml: 'Telling closes it.' },
    ],
  };
  const answers = [
    { question: { ...q, interaction: questionInteraction(q) }, response: ['x'], correct: false },
  ];
  const keys = async (
    review: 'afterPass' | 'afterAttempt' | 'never' | undefined,
    passed: boolean,
    attemptsLeft = Infinity,
  ) => {
    const el = await mount('imh-results', {
      score: { ...score, passed },
      competencies,
      answers,
      review,
      attemptsLeft,
    });
    return el.querySelector('.answer-review') ? text(el.querySelector('.answer-review ul')) : null;
  };

  it('after a pass by default, with the explanation', async () => {
    expect(await keys(undefined, true)).toBe('Ask her Because asking opens it.');
  });

  it('not after a fail while attempts remain, but when none do', async () => {
    expect(await keys('afterPass', false, 2)).toBeNull();
    expect(await keys('afterPass', false, 0)).toBe('Ask her Because asking opens it.');
  });

  it('after every attempt with afterAttempt, and never with never', async () => {
    expect(await keys('afterAttempt', false, 2)).not.toBeNull();
    expect(await keys('never', true)).toBeNull();
  });
});

const module = {
  title: 'Mentalization',
  courseTitle: 'Infant mental health in everyday practice',
  version: '1.2.0',
  quiz: { passMark: 80, questionsPerAttempt: 12, attemptLimit: 0, unlock: 'all-pages' },
  competencies,
  outcomes: [
    { id: 'o1', html: 'Describe mentalization.', competencies: ['D2.1'] },
    { id: 'o2', html: 'Build a relationship.', competencies: ['D1.1'] },
  ],
  supportHtml: '<p>Samaritans: 116 123.</p>',
} as unknown as CompiledModule;

describe('imh-summary', () => {
  const summary = () =>
    mount('imh-summary', {
      module,
      score,
      reflections: [{ prompt: 'What did you notice?', text: 'A <b>pause</b>.' }],
      date: new Date(2026, 10, 30),
    });

  it('opens with a completion moment: a decorative badge and one line on the result and what was achieved', async () => {
    const el = await summary();
    const moment = el.querySelector('.completion-moment')!;
    expect(moment.classList.contains('is-passed')).toBe(true);
    expect(moment.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(text(moment)).toBe('Passed with 83%. 1 of 2 competencies achieved.');
    expect(moment.previousElementSibling?.id).toBe('screen-heading');
  });

  // A whole-course package where the LMS does not say "true" to continue (Moodle): the learner is told how to go on.
  it('in a course without Continue, tells the learner to choose the next module from the LMS menu', async () => {
    const base = { module, score, reflections: [], date: new Date(2026, 10, 30), inCourse: true };
    const el = await mount('imh-summary', base);
    expect([...el.querySelectorAll('button')].map(text)).not.toContain('Continue to the next module');
    expect(text(el)).toContain("choose the next one from your learning platform's course menu");
    const offered = await mount('imh-summary', { ...base, canContinue: true });
    expect([...offered.querySelectorAll('button')].map(text)).toContain('Continue to the next module');
    expect(text(offered)).not.toContain('course menu');
  });

  it('calls the result column "Knowledge check" and shows whole percentages', async () => {
    const el = await summary();
    expect([...el.querySelectorAll('.profile th')].map(text)).toEqual([
      'Competency',
      'Domain',
      'Knowledge check',
    ]);
    expect([...el.querySelectorAll('.profile td.status')].map(text)).toEqual([
      'Working towards (67%)',
      'Achieved (89%)',
    ]);
    expect(text(el.querySelector('.summary-facts'))).toContain('Knowledge check 83% (passed)');
  });

  it('keeps outcomes, reflections and the support list behind closed <details>, the reflection as text', async () => {
    const el = await summary();
    const details = [...el.querySelectorAll('details')];
    expect(details.map((d) => text(d.querySelector('summary')))).toEqual([
      'Learning outcomes: 1 of 2 met',
      'My reflections (private, from this device): 1',
      'People and services that can help',
    ]);
    expect(details.every((d) => !d.open)).toBe(true);
    expect(el.querySelector('.reflection-text')?.textContent).toBe('A <b>pause</b>.');
    expect(el.querySelector('.reflection-text b')).toBeNull();
  });

  it('opens every <details> for printing and closes those it opened afterwards', async () => {
    const el = await summary();
    const [outcomes, reflections] = [...el.querySelectorAll('details')];
    outcomes!.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect([...el.querySelectorAll('details')].every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(outcomes!.open).toBe(true);
    expect(reflections!.open).toBe(false);
    el.remove();
    await rendered(el);
  });
});
