// @vitest-environment happy-dom
/**
 * The course header: the module title as the page's h1 (progress is on the page, shown once), and the tools,
 * which on a narrow screen sit behind a "Tools" disclosure (aria-expanded, Escape, focus back to the button).
 */
import { describe, expect, it } from 'vitest';
import '../../../src/components/imh-course-header.ts';
import { ToolRequestEvent } from '../../../src/components/events.ts';
import { buttonNamed, mount, rendered, text } from './mount.ts';

const header = () =>
  mount('imh-course-header', {
    courseTitle: 'Infant mental health in everyday practice',
    moduleTitle: 'Mentalization',
  });

/** Every tool request the header sends, with what had focus when it was sent. */
function requests(element: HTMLElement) {
  const heard: { tool: string; focused: string }[] = [];
  element.addEventListener(ToolRequestEvent.type, (e) => {
    expect(e).toBeInstanceOf(ToolRequestEvent);
    expect(e.bubbles && e.composed).toBe(true);
    heard.push({ tool: e.detail.tool, focused: text(document.activeElement) });
  });
  return heard;
}

describe('imh-course-header', () => {
  it('names the course and makes the module title the h1, with no second progress indicator', async () => {
    const el = await header();
    expect(text(el.querySelector('h1'))).toBe('Mentalization');
    expect(text(el.querySelector('.course-name'))).toBe('Infant mental health in everyday practice');
    expect(el.querySelector('progress')).toBeNull();
  });

  it('asks for Support, Glossary and References by their own buttons', async () => {
    const el = await header();
    const heard = requests(el);
    for (const name of ['Support', 'Glossary', 'References']) buttonNamed(el, name)!.click();
    expect(heard.map((r) => r.tool)).toEqual(['support', 'glossary', 'references']);
  });

  it('opens and closes the Tools disclosure, with aria-expanded saying which', async () => {
    const el = await header();
    const toggle = buttonNamed(el, 'Tools')!;
    const list = el.querySelector(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(list.classList.contains('is-open')).toBe(false);

    toggle.click();
    await rendered(el);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.classList.contains('is-open')).toBe(true);

    toggle.click();
    await rendered(el);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes the open menu on Escape and gives focus back to the Tools button', async () => {
    const el = await header();
    const toggle = buttonNamed(el, 'Tools')!;
    toggle.click();
    await rendered(el);
    buttonNamed(el, 'Glossary')!.focus();
    buttonNamed(el, 'Glossary')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await rendered(el);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('closes the menu when a tool is chosen from it, focus on the Tools button before the tool opens', async () => {
    const el = await header();
    const heard = requests(el);
    const toggle = buttonNamed(el, 'Tools')!;
    toggle.click();
    await rendered(el);
    buttonNamed(el, 'References')!.click();
    await rendered(el);
    expect(heard).toEqual([{ tool: 'references', focused: 'Tools' }]);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes the menu when focus leaves it', async () => {
    const el = await header();
    const outside = document.body.appendChild(document.createElement('button'));
    const toggle = buttonNamed(el, 'Tools')!;
    toggle.click();
    await rendered(el);
    toggle.focus();
    outside.focus();
    await rendered(el);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
