// @vitest-environment happy-dom
/** Sort, hotspots and the branching scenario: operable by keyboard and screen reader, and what they show. */
import { describe, expect, it } from 'vitest';
import type { CompiledHotspots, CompiledScenario, CompiledSort } from '../../../src/content/compiled.ts';
import { ScenarioProgressEvent } from '../../../src/components/events.ts';
import '../../../src/extras/imh-sort.ts';
import '../../../src/extras/imh-hotspots.ts';
import '../../../src/extras/imh-scenario.ts';
import { followPath } from '../../../src/extras/imh-scenario.ts';
import { buttonNamed, mount, rendered, text } from './mount.ts';

const sort: CompiledSort = {
  type: 'sort',
  id: 'stress',
  title: 'Positive, tolerable or toxic?',
  promptHtml: 'Sort each situation.',
  categories: [
    { id: 'positive', label: 'Positive' },
    { id: 'toxic', label: 'Toxic' },
  ],
  items: [
    {
      id: 'jab',
      html: 'A first jab, held and soothed',
      category: 'positive',
      feedbackHtml: 'Short and buffered.',
    },
    { id: 'alone', html: 'Long fear with no adult', category: 'toxic', feedbackHtml: 'No buffer.' },
  ],
};

describe('imh-sort', () => {
  it('gives every item a named radio group of the categories, and checks only once all are placed', async () => {
    const el = await mount('imh-sort', { activity: sort });
    const groups = [...el.querySelectorAll('fieldset')];
    expect(groups.map((g) => text(g.querySelector('legend')))).toEqual([
      'A first jab, held and soothed',
      'Long fear with no adult',
    ]);
    expect(groups.map((g) => [...g.querySelectorAll('label')].map((l) => text(l)))).toEqual([
      ['Positive', 'Toxic'],
      ['Positive', 'Toxic'],
    ]);
    expect(buttonNamed(el, 'Check my sorting')!.disabled).toBe(true);
  });

  it('marks each item with its feedback, counts the fits, and lets the learner try the rest again', async () => {
    const el = await mount('imh-sort', { activity: sort });
    const choose = (item: number, category: number) => {
      const input = el.querySelectorAll('fieldset')[item]!.querySelectorAll('input')[category]!;
      input.checked = true;
      input.dispatchEvent(new Event('change'));
    };
    choose(0, 0);
    choose(1, 0);
    await rendered(el);
    el.querySelector('form')!.requestSubmit();
    await rendered(el);
    expect(text(el.querySelector('.sort-summary'))).toBe('1 of 2 sorted as the evidence would.');
    expect(document.activeElement).toBe(el.querySelector('.sort-summary'));
    expect([...el.querySelectorAll('fieldset')].map((f) => f.className.trim())).toEqual([
      'sort-item is-right',
      'sort-item is-wrong',
    ]);
    expect(text(el.querySelectorAll('.sort-feedback')[1])).toBe('Fits better under Toxic. No buffer.');
    buttonNamed(el, 'Try again')!.click();
    await rendered(el);
    const inputs = [...el.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.map((i) => i.checked)).toEqual([true, false, false, false]);
    expect(el.querySelector('.sort-feedback')).toBeNull();
  });
});

const hotspots: CompiledHotspots = {
  type: 'hotspots',
  id: 'body',
  title: 'What happens in the body',
  promptHtml: 'Choose each point.',
  image: 'images/body.svg',
  alt: 'A baby held by a parent',
  spots: [
    { id: 'heart', label: 'Heart rate', x: 40, y: 30, html: '<p>It rises.</p>' },
    { id: 'cortisol', label: 'Cortisol', x: 60, y: 50, html: '<p>It climbs.</p>' },
    { id: 'calm', label: 'Calming', x: 20, y: 70, html: '<p>A held baby settles.</p>' },
  ],
};

describe('imh-hotspots', () => {
  it('shows the drawing lazily with its alt text, markers placed by x and y, and the same points as buttons', async () => {
    const el = await mount('imh-hotspots', { activity: hotspots });
    const img = el.querySelector('img')!;
    expect([img.getAttribute('src'), img.getAttribute('alt'), img.getAttribute('loading')]).toEqual([
      'images/body.svg',
      'A baby held by a parent',
      'lazy',
    ]);
    expect(el.querySelector<HTMLElement>('.spot-marker')!.getAttribute('style')).toBe('left: 40%; top: 30%');
    expect(el.querySelector('.spot-markers')!.getAttribute('aria-hidden')).toBe('true');
    expect([...el.querySelectorAll('.spot-button')].map((b) => text(b))).toEqual([
      '1 Heart rate',
      '2 Cortisol',
      '3 Calming',
    ]);
  });

  it('shows a chosen point’s text in a live region, pressed, and marks it seen', async () => {
    const el = await mount('imh-hotspots', { activity: hotspots });
    el.querySelectorAll<HTMLButtonElement>('.spot-button')[1]!.click();
    await rendered(el);
    const region = el.querySelector('.spot-detail')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(text(region)).toBe('Cortisol It climbs.');
    expect(el.querySelectorAll('.spot-button')[1]!.getAttribute('aria-pressed')).toBe('true');
    expect(text(el.querySelectorAll('.spot-button')[1])).toBe('2 Cortisol (seen)');
  });
});

const scenario: CompiledScenario = {
  type: 'scenario',
  id: 'visit',
  title: 'A first visit',
  people: [{ name: 'Amira', description: 'mother of Zain', image: 'images/amira.svg', alt: 'A woman' }],
  competencies: [{ id: 'D1.3', statement: 'Sees the baby’s view.' }],
  start: 'a',
  nodes: [
    {
      id: 'a',
      html: '<p>At the door.</p>',
      choices: [
        { html: 'Greet Zain', next: 'b', consequenceHtml: '<p>Zain looks up.</p>' },
        { html: 'Start the forms', next: 'b', consequenceHtml: '<p>Amira goes quiet.</p>' },
      ],
    },
    {
      id: 'b',
      html: '<p>In the kitchen.</p>',
      choices: [
        { html: 'Wonder aloud', next: 'good', consequenceHtml: '<p>They talk.</p>' },
        { html: 'Give a leaflet', next: 'poor', consequenceHtml: '<p>It is put away.</p>' },
      ],
    },
    { id: 'good', html: '', end: true, outcome: 'good', debriefHtml: '<p>Curiosity helped.</p>' },
    { id: 'poor', html: '', end: true, outcome: 'poor', debriefHtml: '<p>A leaflet alone did little.</p>' },
  ],
};

describe('imh-scenario', () => {
  it('introduces the people, then each decision with its choices, and the consequence before going on', async () => {
    const events: string[] = [];
    document.addEventListener(ScenarioProgressEvent.type, (e) =>
      events.push((e as ScenarioProgressEvent).detail.path),
    );
    const el = await mount('imh-scenario', { scenario });
    expect(text(el.querySelector('.scenario-people'))).toBe('Amira, mother of Zain');
    expect(el.querySelector('.scenario-people img')!.getAttribute('loading')).toBe('lazy');
    buttonNamed(el, 'Start the scenario')!.click();
    await rendered(el);
    expect(text(document.activeElement)).toBe('Decision 1');
    expect([...el.querySelectorAll('.scenario-choice')].map((b) => text(b))).toEqual([
      'Greet Zain',
      'Start the forms',
    ]);
    el.querySelectorAll<HTMLButtonElement>('.scenario-choice')[1]!.click();
    await rendered(el);
    expect(events).toEqual(['1']);
    expect(text(document.activeElement)).toBe('What happens next');
    expect(text(el.querySelector('.scenario-step'))).toContain('Amira goes quiet.');
    buttonNamed(el, 'Continue')!.click();
    await rendered(el);
    expect(text(document.activeElement)).toBe('Decision 2');
    expect(text(el.querySelector('.scenario-path summary'))).toBe('Your choices so far (1)');
  });

  it('ends with where the path led, the debrief and its competencies, and can start again', async () => {
    const el = await mount('imh-scenario', { scenario, path: '01' });
    expect(text(el.querySelector('.scenario-step-heading'))).toBe('Where this path led: a poor outcome');
    expect(text(el.querySelector('.scenario-end'))).toContain('A leaflet alone did little.');
    expect(text(el.querySelector('.scenario-competencies'))).toBe('D1.3 Sees the baby’s view.');
    buttonNamed(el, 'Try a different path')!.click();
    await rendered(el);
    expect(el.path).toBe('');
    expect(text(document.activeElement)).toBe('Decision 1');
  });

  it('follows a saved path and ignores what does not fit the scenario', () => {
    expect(followPath(scenario, '10').at.id).toBe('good');
    expect(followPath(scenario, '1').at.id).toBe('b');
    expect(followPath(scenario, '3').at.id).toBe('a');
    expect(followPath(scenario, '0109').taken).toHaveLength(2);
  });
});
