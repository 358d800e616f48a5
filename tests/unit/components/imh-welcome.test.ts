// @vitest-environment happy-dom
/**
 * The module cover: its heading (named "Welcome…", which the end-to-end tests look for), time, outcomes, the
 * outline of pages and knowledge check as numbered steps, the content note, and Start.
 */
import { expect, it } from 'vitest';
import type { ModuleShell } from '../../../src/content/compiled.ts';
import { NavigateEvent } from '../../../src/components/events.ts';
import '../../../src/components/imh-welcome.ts';
import { buttonNamed, mount, text } from './mount.ts';

const shell = {
  number: 2,
  title: 'Mentalization',
  estimatedMinutes: 40,
  contentNoteHtml: '<p>This module mentions low mood.</p>',
  outcomes: [{ id: 'o1', html: 'Describe <em>mentalization</em>.', competencies: [] }],
  pages: [
    { id: 'a', title: 'What mentalization is', teaches: [], practiceIds: [] },
    { id: 'b', title: 'Mind-mindedness', teaches: [], practiceIds: [] },
  ],
  quiz: { passMark: 80, questionsPerAttempt: 12, attemptLimit: 3, unlock: 'all-pages' },
} as unknown as ModuleShell;

it('shows the title, time, outcomes, content note and an outline of pages and the knowledge check', async () => {
  const el = await mount('imh-welcome', { module: shell });
  const heading = el.querySelector('#screen-heading')!;
  expect(heading.tagName).toBe('H2');
  expect(text(heading)).toBe('Welcome to Mentalization');
  expect(text(el.querySelector('.cover-facts'))).toBe(
    'About 40 minutes 2 short pages Knowledge check: 12 questions',
  );
  expect(el.querySelector('.cover-art')).toBeNull();
  expect(el.querySelector('.outcomes li')?.innerHTML).toContain('Describe <em>mentalization</em>.');
  expect(text(el.querySelector('.content-note'))).toContain('This module mentions low mood.');
  expect([...el.querySelectorAll('ol.steps > li')].map(text)).toEqual([
    'What mentalization is',
    'Mind-mindedness',
    'Knowledge check — 12 questions; you need 80% to pass, and you can retake it up to 3 times in all.',
  ]);
});

it('starts the module from its Start button', async () => {
  const el = await mount('imh-welcome', { module: shell });
  const heard: unknown[] = [];
  el.addEventListener(NavigateEvent.type, (e) => heard.push(e.detail));
  buttonNamed(el, 'Start')!.click();
  expect(heard).toEqual([{ to: 'start' }]);
});

it('shows the module’s own cover drawing with its alt text, loaded lazily (a short frame hides it unfetched)', async () => {
  const el = await mount('imh-welcome', {
    module: { ...shell, cover: { src: 'images/cover.svg', alt: 'A father holding his baby' } },
  });
  const img = el.querySelector('img.cover-art')!;
  expect([img.getAttribute('src'), img.getAttribute('alt'), img.getAttribute('loading')]).toEqual([
    'images/cover.svg',
    'A father holding his baby',
    'lazy',
  ]);
});
