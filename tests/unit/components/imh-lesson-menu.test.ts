// @vitest-environment happy-dom
/** The lesson menu: a disclosure of the module's pages, ticks for visited ones, the current one marked. */
import { describe, expect, it } from 'vitest';
import type { PageOutline } from '../../../src/content/compiled.ts';
import { NavigateEvent } from '../../../src/components/events.ts';
import '../../../src/components/imh-lesson-menu.ts';
import { mount, rendered, text } from './mount.ts';

const pages: PageOutline[] = ['Visitors from the past', 'Remembering with feeling', 'Risk, not destiny'].map(
  (title, i) => ({ id: `p${i}`, title, teaches: [], practiceIds: [] }),
);
const menu = () => mount('imh-lesson-menu', { pages, visited: [true, true, false], current: 1 });

describe('imh-lesson-menu', () => {
  it('is closed at first, its button saying how many pages are visited', async () => {
    const el = await menu();
    const toggle = el.querySelector('.lesson-menu-toggle')!;
    expect(text(toggle)).toBe('All pages (2 of 3 visited)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector<HTMLElement>('#lesson-menu-list')!.hidden).toBe(true);
  });

  it('opens a list of every page, ticked when visited, the current one marked for screen readers', async () => {
    const el = await menu();
    el.querySelector<HTMLButtonElement>('.lesson-menu-toggle')!.click();
    await rendered(el);
    expect(el.querySelector('.lesson-menu-toggle')!.getAttribute('aria-expanded')).toBe('true');
    const items = [...el.querySelectorAll('#lesson-menu-list button')];
    expect(items.map((b) => text(b))).toEqual([
      '✓ Visitors from the past (visited)',
      '✓ Remembering with feeling (visited)',
      'Risk, not destiny',
    ]);
    expect(items.map((b) => b.getAttribute('aria-current'))).toEqual([null, 'page', null]);
  });

  it('goes to a chosen page with the pager’s own event, and closes', async () => {
    const el = await menu();
    const heard: unknown[] = [];
    el.addEventListener(NavigateEvent.type, (e) => heard.push((e as NavigateEvent).detail));
    el.querySelector<HTMLButtonElement>('.lesson-menu-toggle')!.click();
    await rendered(el);
    el.querySelectorAll<HTMLButtonElement>('#lesson-menu-list button')[2]!.click();
    await rendered(el);
    expect(heard).toEqual([{ to: 'page', pageId: 'p2' }]);
    expect(el.querySelector<HTMLElement>('#lesson-menu-list')!.hidden).toBe(true);
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const el = await menu();
    const toggle = el.querySelector<HTMLButtonElement>('.lesson-menu-toggle')!;
    toggle.click();
    await rendered(el);
    el.querySelector<HTMLButtonElement>('#lesson-menu-list button')!.focus();
    el.querySelector('nav')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await rendered(el);
    expect(el.querySelector<HTMLElement>('#lesson-menu-list')!.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });
});
