// @vitest-environment happy-dom
/**
 * Tabs, reveal cards and steps: the markup the build writes (rendered here by the real renderer), readable before
 * the components are defined, then operable by keyboard with the ARIA state a screen reader needs.
 */
import type { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/content/render.ts';
import { text } from './mount.ts';

const render = createRenderer({ glossary: new Map(), references: new Map(), onUse: () => undefined });

async function page(markdown: string, define = true): Promise<HTMLElement> {
  document.body.innerHTML = `<main>${render.block(markdown, 3)}</main>`;
  if (define) {
    await import('../../../src/extras/imh-tabs.ts');
    await import('../../../src/extras/imh-reveal.ts');
    await import('../../../src/extras/imh-steps.ts');
    for (const el of document.querySelectorAll('imh-tabs, imh-reveal, imh-steps'))
      await (el as LitElement).updateComplete;
  }
  return document.querySelector('main')!;
}

const tabs = [
  ':::tabs',
  '::tab The mother’s view',
  'She is **tired**.',
  '::tab The baby’s view',
  'He is hungry.',
  '::tab The visitor',
  'Curious.',
  ':::',
].join('\n');
const reveal = [
  ':::reveal Think first, then reveal',
  '::card "Babies are too young to notice"',
  'From birth they notice.',
  '::card "Only big events matter"',
  'Everyday care matters.',
  ':::',
].join('\n');
const steps = [
  ':::steps A session',
  '::step Listening',
  'To the story.',
  '::step Linking',
  'Past and present.',
  '::step Trying',
  'Something new.',
  ':::',
].join('\n');

const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const settle = async () => {
  for (const el of document.querySelectorAll('imh-tabs, imh-reveal, imh-steps'))
    await (el as LitElement).updateComplete;
};

describe('before the components arrive', () => {
  it('every tab, card and step reads as a heading with its text', async () => {
    const main = await page([tabs, reveal, steps].join('\n\n'), false);
    expect([...main.querySelectorAll('h3')].map((h) => text(h))).toEqual([
      'The mother’s view',
      'The baby’s view',
      'The visitor',
      '“Babies are too young to notice”',
      '“Only big events matter”',
      'A session',
      'Listening',
      'Linking',
      'Trying',
    ]);
    expect(text(main)).toContain('She is tired.');
    expect(text(main)).toContain('Everyday care matters.');
  });
});

describe('imh-tabs', () => {
  it('draws a tablist: the first tab selected with its panel shown, one tab stop', async () => {
    const main = await page(tabs);
    const tabEls = [...main.querySelectorAll('[role="tab"]')];
    expect(tabEls.map((t) => text(t))).toEqual(['The mother’s view', 'The baby’s view', 'The visitor']);
    expect(tabEls.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false']);
    expect(tabEls.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    const panels = [...main.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
    expect(panels.map((p) => p.hidden)).toEqual([false, true, true]);
    expect(panels[0]!.getAttribute('aria-labelledby')).toBe(tabEls[0]!.id);
    expect(tabEls[0]!.getAttribute('aria-controls')).toBe(panels[0]!.id);
    expect(text(panels[0])).toBe('She is tired.');
  });

  it('moves with the arrow keys (wrapping), Home and End, and focuses the chosen tab', async () => {
    const main = await page(tabs);
    const list = main.querySelector('[role="tablist"]')!;
    const selected = () => text(main.querySelector('[role="tab"][aria-selected="true"]'));
    key(list, 'ArrowRight');
    await settle();
    expect(selected()).toBe('The baby’s view');
    expect(document.activeElement?.textContent?.trim()).toBe('The baby’s view');
    key(list, 'End');
    await settle();
    expect(selected()).toBe('The visitor');
    key(list, 'ArrowRight');
    await settle();
    expect(selected()).toBe('The mother’s view');
    key(list, 'ArrowLeft');
    await settle();
    expect(selected()).toBe('The visitor');
    key(list, 'Home');
    await settle();
    expect(selected()).toBe('The mother’s view');
    expect(text(main.querySelector('[role="tabpanel"]:not([hidden])'))).toBe('She is tired.');
  });

  it('shows a clicked tab’s panel', async () => {
    const main = await page(tabs);
    main.querySelectorAll<HTMLButtonElement>('[role="tab"]')[2]!.click();
    await settle();
    expect(text(main.querySelector('[role="tabpanel"]:not([hidden])'))).toBe('Curious.');
  });
});

describe('imh-reveal', () => {
  it('shows fronts as buttons, backs hidden, and the intro', async () => {
    const main = await page(reveal);
    expect(text(main.querySelector('.block-intro'))).toBe('Think first, then reveal');
    const buttons = [...main.querySelectorAll('.card-front button')];
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'false']);
    expect([...main.querySelectorAll<HTMLElement>('.card-back')].map((b) => b.hidden)).toEqual([true, true]);
    expect(buttons[0]!.getAttribute('aria-controls')).toBe(main.querySelector('.card-back')!.id);
  });

  it('reveals and hides one card at a time as its front is pressed', async () => {
    const main = await page(reveal);
    const button = () => main.querySelectorAll<HTMLButtonElement>('.card-front button')[1]!;
    button().click();
    await settle();
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(text(main.querySelectorAll('.card-back')[1])).toBe('Everyday care matters.');
    expect(main.querySelectorAll<HTMLElement>('.card-back')[0]!.hidden).toBe(true);
    button().click();
    await settle();
    expect(button().getAttribute('aria-expanded')).toBe('false');
  });
});

describe('imh-steps', () => {
  it('shows the first step of three, with no way back yet', async () => {
    const main = await page(steps);
    const current = main.querySelector('.step.is-current')!;
    expect(text(current)).toBe('Step 1 of 3 Listening To the story.');
    expect(main.querySelectorAll('.step[data-hidden]')).toHaveLength(2);
    const previous = [...main.querySelectorAll('button')].find((b) => text(b) === 'Previous step')!;
    expect(previous.disabled).toBe(true);
  });

  it('goes forward and back, moving focus to the new step’s heading; the last step has no Next', async () => {
    const main = await page(steps);
    const button = (name: string) => [...main.querySelectorAll('button')].find((b) => text(b) === name);
    button('Next step')!.click();
    await settle();
    expect(text(main.querySelector('.step.is-current h3'))).toBe('Linking');
    expect(text(document.activeElement)).toBe('Linking');
    button('Next step')!.click();
    await settle();
    expect(text(main.querySelector('.step.is-current .step-count'))).toBe('Step 3 of 3');
    expect(button('Next step')).toBeUndefined();
    button('Previous step')!.click();
    await settle();
    expect(text(document.activeElement)).toBe('Linking');
  });
});
