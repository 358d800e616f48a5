// @vitest-environment happy-dom
/**
 * A story behind a content note: hidden until the learner chooses, focus follows the choice, and skipping leaves
 * a way back. The markup is the one a :::vignette block and a practice activity both produce.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { storyHtml } from '../../../src/content/story-html.ts';
import '../../../src/components/imh-story.ts';

const region = () => document.querySelector<HTMLElement>('.story-text')!;
const note = () => document.querySelector<HTMLElement>('.story-note')!;
const skipped = () => document.querySelector<HTMLElement>('.story-skipped')!;
const button = (name: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('imh-story button')].find(
    (b) => b.textContent === name && !b.closest('[hidden]'),
  );

beforeEach(() => {
  document.body.innerHTML = `<p>Guidance before.</p>${storyHtml(
    '<p>This story mentions a stillbirth.</p>',
    '<p>Ruth lost her baby.</p>',
  )}<p>Guidance after.</p>`;
});

describe('a story with a content note', () => {
  it('shows the note and its two choices, not the story; the guidance around it stays', () => {
    expect(note().hidden).toBe(false);
    expect(note().textContent).toContain('This story mentions a stillbirth.');
    expect(button('Read the story')).toBeDefined();
    expect(button('Skip the story')).toBeDefined();
    expect(region().hidden).toBe(true);
    expect(skipped().hidden).toBe(true);
    expect(document.body.textContent).toContain('Guidance before.');
    expect(document.body.textContent).toContain('Guidance after.');
  });

  it('"Read the story" shows the story, labelled, and moves focus to it', () => {
    button('Read the story')!.click();
    expect(region().hidden).toBe(false);
    expect(region().getAttribute('role')).toBe('region');
    expect(region().getAttribute('aria-label')).toBe('Story');
    expect(document.activeElement).toBe(region());
    expect(note().hidden).toBe(true);
  });

  it('"Skip the story" leaves "You skipped this story. Show it", focused, and "Show it" brings the story back', () => {
    button('Skip the story')!.click();
    expect(region().hidden).toBe(true);
    expect(note().hidden).toBe(true);
    expect(skipped().hidden).toBe(false);
    expect(skipped().textContent).toBe('You skipped this story. Show it');
    expect(document.activeElement).toBe(skipped());

    button('Show it')!.click();
    expect(region().hidden).toBe(false);
    expect(skipped().hidden).toBe(true);
    expect(document.activeElement).toBe(region());
  });

  it('keeps each story on a page to itself', () => {
    document.body.innerHTML =
      storyHtml('<p>One.</p>', '<p>First.</p>') + storyHtml('<p>Two.</p>', '<p>Second.</p>');
    const [first, second] = [...document.querySelectorAll('imh-story')];
    first!.querySelector<HTMLButtonElement>('[data-story="read"]')!.click();
    expect(first!.querySelector<HTMLElement>('.story-text')!.hidden).toBe(false);
    expect(second!.querySelector<HTMLElement>('.story-text')!.hidden).toBe(true);
  });
});
