// @vitest-environment happy-dom
/**
 * The branching scenario component beyond a first walk (tests/unit/components/page-activities.test.ts): the content
 * note before the story, a saved path shown where the learner left it without taking their focus, the events the
 * session keeps, and the page passing a saved path back in.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledPage, CompiledScenario } from '../../../src/content/compiled.ts';
import { ScenarioProgressEvent } from '../../../src/components/events.ts';
import '../../../src/components/imh-page.ts';
import '../../../src/extras/imh-scenario.ts';
import { buttonNamed, mount, rendered, text } from './mount.ts';

const scenario: CompiledScenario = {
  type: 'scenario',
  id: 'visit',
  title: 'A first visit',
  contentNoteHtml: '<p>This scenario mentions a baby who is unwell.</p>',
  people: [
    { name: 'Amira', description: 'mother of Zain' },
    { name: 'Sam', description: 'Zain’s father', image: 'images/sam.svg', alt: 'A man in a work fleece' },
  ],
  competencies: [{ id: 'D1.3', statement: 'Sees the baby’s view.' }],
  start: 'a',
  nodes: [
    {
      id: 'a',
      html: '<p>At the door.</p>',
      choices: [
        { html: 'Greet <em>Zain</em>', next: 'b', consequenceHtml: '<p>Zain looks up.</p>' },
        { html: 'Start the forms', next: 'b', consequenceHtml: '<p>Amira goes quiet.</p>' },
      ],
    },
    {
      id: 'b',
      html: '<p>In the kitchen.</p>',
      choices: [
        { html: 'Wonder aloud', next: 'good', consequenceHtml: '<p>They talk.</p>' },
        { html: 'Give a leaflet', next: 'mixed', consequenceHtml: '<p>It is put away.</p>' },
      ],
    },
    {
      id: 'good',
      html: '<p>Zain settles.</p>',
      end: true,
      outcome: 'good',
      debriefHtml: '<p>Curiosity helped.</p>',
    },
    { id: 'mixed', html: '', end: true, outcome: 'mixed', debriefHtml: '<p>A leaflet alone did little.</p>' },
  ],
};

/** Every ScenarioProgressEvent that reaches the document while `run` runs. */
async function progressDuring(run: () => Promise<void>) {
  const seen: { scenarioId: string; path: string }[] = [];
  const listener = (e: Event) => seen.push((e as ScenarioProgressEvent).detail);
  document.addEventListener(ScenarioProgressEvent.type, listener);
  try {
    await run();
  } finally {
    document.removeEventListener(ScenarioProgressEvent.type, listener);
  }
  return seen;
}

describe('imh-scenario', () => {
  it('shows the title, the people and the content note first; the story starts on request', async () => {
    const el = await mount('imh-scenario', { scenario });
    expect(text(el.querySelector('h3'))).toBe('Scenario A first visit');
    expect([...el.querySelectorAll('.scenario-people li')].map((li) => text(li))).toEqual([
      'Amira, mother of Zain',
      'Sam, Zain’s father',
    ]);
    const portraits = [...el.querySelectorAll('.scenario-people img')];
    expect(portraits.map((img) => [img.getAttribute('alt'), img.getAttribute('loading')])).toEqual([
      ['A man in a work fleece', 'lazy'],
    ]);
    expect(text(el.querySelector('.content-note'))).toBe(
      'Content note This scenario mentions a baby who is unwell.',
    );
    expect(el.querySelector('.scenario-choice')).toBeNull();
    buttonNamed(el, 'Start the scenario')!.click();
    await rendered(el);
    expect(el.querySelector('.content-note')).toBeNull();
    expect(document.activeElement).toBe(el.querySelector('h4.scenario-step-heading'));
    // choices are compiled Markdown: emphasis stays emphasis
    expect(el.querySelector('.scenario-choice em')?.textContent).toBe('Zain');
  });

  it('reports each choice and a restart with the scenario id, for the resume state', async () => {
    const el = await mount('imh-scenario', { scenario });
    const seen = await progressDuring(async () => {
      buttonNamed(el, 'Start the scenario')!.click();
      await rendered(el);
      el.querySelectorAll<HTMLButtonElement>('.scenario-choice')[0]!.click();
      await rendered(el);
      buttonNamed(el, 'Continue')!.click();
      await rendered(el);
      el.querySelectorAll<HTMLButtonElement>('.scenario-choice')[1]!.click();
      await rendered(el);
      buttonNamed(el, 'Continue')!.click();
      await rendered(el);
      expect(text(el.querySelector('.scenario-step-heading'))).toBe('Where this path led: a mixed outcome');
      buttonNamed(el, 'Try a different path')!.click();
      await rendered(el);
    });
    // Starting changes nothing worth keeping; Continue neither (the choice is already kept).
    expect(seen).toEqual([
      { scenarioId: 'visit', path: '0' },
      { scenarioId: 'visit', path: '01' },
      { scenarioId: 'visit', path: '' },
    ]);
  });

  it('resumes a saved path at the next decision, with the choices so far, without moving focus', async () => {
    const outside = document.createElement('button');
    const el = await mount('imh-scenario', { scenario, path: '1' });
    document.body.prepend(outside);
    outside.focus();
    await rendered(el);
    expect(text(el.querySelector('.scenario-step-heading'))).toBe('Decision 2');
    expect(text(el.querySelector('.scenario-path'))).toBe('Your choices so far (1) Start the forms');
    expect(el.querySelector('.content-note')).toBeNull();
    expect(document.activeElement).toBe(outside);
  });

  it('ends with the end text, the debrief, the competencies and the path taken', async () => {
    const el = await mount('imh-scenario', { scenario, path: '00' });
    const end = el.querySelector('.scenario-end')!;
    expect(end.classList.contains('outcome-good')).toBe(true);
    expect(text(end)).toContain('Zain settles. Curiosity helped.');
    expect(text(end.querySelector('.scenario-competencies'))).toBe('D1.3 Sees the baby’s view.');
    expect([...end.querySelectorAll('.scenario-path li')].map((li) => text(li))).toEqual([
      'Greet Zain',
      'Wonder aloud',
    ]);
    expect(el.querySelector('.scenario-choice')).toBeNull();
  });

  it('announces by moving focus to headings, not by live regions', async () => {
    const el = await mount('imh-scenario', { scenario, path: '0' });
    expect(el.querySelector('[aria-live]')).toBeNull();
    expect([...el.querySelectorAll('button')].every((b) => b.type === 'button')).toBe(true);
  });
});

describe('imh-page with a scenario', () => {
  const page: CompiledPage = {
    id: 'first-visit',
    title: 'A first visit',
    html: '<p>Read on.</p>',
    teaches: ['D1.3'],
    activities: [scenario],
    extras: true,
  };

  it('passes the saved path in, and lets the progress events through to the session', async () => {
    const el = await mount('imh-page', { page, scenarioPaths: { visit: '0' } });
    const inner = el.querySelector('imh-scenario')!;
    await rendered(inner);
    expect(inner.path).toBe('0');
    expect(text(inner.querySelector('.scenario-step-heading'))).toBe('Decision 2');
    const seen = await progressDuring(async () => {
      inner.querySelectorAll<HTMLButtonElement>('.scenario-choice')[0]!.click();
      await rendered(inner);
    });
    expect(seen).toEqual([{ scenarioId: 'visit', path: '00' }]);
  });
});
