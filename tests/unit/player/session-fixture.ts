/** A small module (shell and content) for driving a ModuleSession, and a page lifecycle a test controls. */
import { correctResponse, type ScorableQuestion } from '../../../src/assessment/scoring.ts';
import type { CompiledQuestion, ModuleContent, ModuleShell } from '../../../src/content/compiled.ts';
import { question } from '../assessment/fixture-bank.ts';
import { questionInteraction } from '../../../src/assessment/question-interaction.ts';

const competencies = [
  {
    id: 'D1.1',
    statement: 'Build a working relationship.',
    domain: 1,
    domainName: 'Relationship-based practice',
  },
  {
    id: 'D1.2',
    statement: 'Treat cues as communication.',
    domain: 1,
    domainName: 'Relationship-based practice',
  },
];

/** Sixteen single-answer questions, twelve drawn per attempt, as in the course's modules. */
export const sessionBank: ScorableQuestion[] = Array.from({ length: 16 }, (_, n) =>
  question(`practice-question-${String(n + 1).padStart(2, '0')}`, {
    type: 'single',
    options: 'abcd',
    correct: 'abcd'[n % 4],
    competencies: n % 2 ? ['D1.1', 'D1.2'] : ['D1.2'],
  }),
);

export function sessionShell(overrides: Partial<ModuleShell['quiz']> = {}): ModuleShell {
  return {
    id: 'imh-99-session-test',
    slug: '99-session-test',
    number: 99,
    title: 'Session test',
    courseTitle: 'Test course',
    version: '1.0.0',
    estimatedMinutes: 10,
    outcomes: [],
    pages: ['one', 'two', 'three'].map((id, i) => ({
      id,
      title: `Page ${id}`,
      practiceIds: i === 1 ? ['practice-a'] : [],
    })),
    quiz: {
      passMark: 80,
      questionsPerAttempt: 12,
      attemptLimit: 0,
      unlock: 'all-pages',
      review: 'afterPass',
      ...overrides,
    },
    competencies: competencies.map(({ id, statement }) => ({ id, statement })),
    bank: sessionBank,
  };
}

const stem = (n: number) =>
  `Question ${n}: a health visitor meets a parent whose baby has been unsettled for weeks, and wonders what to say next, what to record and who to tell. ${'More of the story. '.repeat(6)}`;

export const sessionContent: ModuleContent = {
  pages: sessionShell().pages.map((p, i) => ({
    id: p.id,
    title: p.title,
    html: `<p>${p.title}</p>`,
    teaches: [i === 0 ? 'D1.1' : 'D1.2'],
    activities: [],
  })),
  competencies,
  outcomes: [],
  questions: sessionBank.map((q, n): CompiledQuestion => {
    const stated = {
      id: q.id,
      type: q.type,
      competencies: [...q.competencies],
      weight: q.weight,
      stemText: stem(n + 1),
      stemHtml: `<p>${stem(n + 1)}</p>`,
      options: q.options.map((o) => ({ id: o.id, html: o.id, correct: o.correct, feedbackHtml: '' })),
    };
    return { ...stated, interaction: questionInteraction(stated) };
  }),
  glossary: [],
  references: [],
  supportHtml: '',
};

export const rightAnswer = (id: string) => correctResponse(sessionBank.find((q) => q.id === id)!);
export const wrongAnswerTo = (id: string) => {
  const right = rightAnswer(id)[0];
  return [['a', 'b', 'c', 'd'].find((o) => o !== right)!];
};

/** The page's lifecycle, driven by the test: hide the page, show it again, close it. */
export function pageLifecycle() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const window = new EventTarget();
  return {
    lifecycle: { document, window },
    hide() {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    close() {
      this.hide();
      window.dispatchEvent(new Event('pagehide'));
    },
    /** Back then Forward: the page comes back from the back/forward cache, as it was when it was hidden. */
    restoreFromCache() {
      document.visibilityState = 'visible';
      window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
      document.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

/** LMS work the session defers until after a paint: held until the test says the page has painted. */
export function paintQueue() {
  const waiting: (() => void)[] = [];
  return {
    afterPaint: (work: () => void) => void waiting.push(work),
    get size() {
      return waiting.length;
    },
    paint() {
      while (waiting.length) waiting.shift()!();
    },
  };
}
