// @vitest-environment happy-dom
/** The valid fixture course passes every check, and compiling it expands every Markdown extension. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledModule } from '../../../src/content/compiled.ts';
import { compileModule, loadCheckedCourse, type CheckedCourse } from '../../../src/content/index.ts';
import { validCourseDir } from './content-fixtures.ts';

let checked: CheckedCourse;
let compiled: CompiledModule;
beforeAll(() => {
  checked = loadCheckedCourse(validCourseDir, validCourseDir);
  compiled = compileModule(checked.course, checked.course.modules[0]!);
});

const fragment = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
};
const pageHtml = (id: string) => fragment(compiled.pages.find((p) => p.id === id)!.html);
const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent);

it('passes every check and meets the editorial minimums exactly as the report counts them', () => {
  expect(checked.reports).toEqual([
    expect.objectContaining({
      slug: '01-houseplant-basics',
      pages: 6,
      practiceVignettes: 2,
      reflections: 1,
      figures: 1,
      questions: 12,
      questionsPerCompetency: { 'D1.1': 5, 'D1.2': 4, 'D2.1': 5 },
      missingCitations: [],
    }),
  ]);
  for (const words of checked.reports[0]!.words) expect(words).toBeGreaterThanOrEqual(150);
});

describe('compileModule', () => {
  it('renders glossary links as links showing the term in sentence case or the given text', () => {
    const terms = pageHtml('why-care').querySelectorAll('a.term');
    expect(terms[0]?.getAttribute('data-term')).toBe('photosynthesis');
    expect(texts(terms)).toEqual(['photosynthesis']);
    const custom = pageHtml('soil-and-pots').querySelector('a.term[data-term="root-rot"]');
    expect(custom?.textContent).toBe('rotting roots');
  });

  it('renders a citation as numbered notes (no links, no tab stops) and lists the page’s sources under it', () => {
    const page = pageHtml('watering');
    const citation = page.querySelector('.citation')!;
    expect(citation.getAttribute('data-refs')).toBe('green2018 rhs2020');
    expect(citation.querySelector('a')).toBeNull();
    const number = (id: string) => compiled.references.find((r) => r.id === id)!.number;
    expect(citation.querySelector('[aria-hidden="true"]')?.textContent).toBe(
      `${number('green2018')}, ${number('rhs2020')}`,
    );
    expect(citation.querySelector('.visually-hidden')?.textContent).toBe(
      ' (source: Green & Leaf, 2018; Royal Horticultural Society, 2020)',
    );
    const sources = page.querySelector('details.page-sources')!;
    expect(sources.querySelector('summary')?.textContent).toMatch(/^Sources on this page \(\d+\)$/);
    const listed = [...sources.querySelectorAll('li')].map((li) => Number(li.getAttribute('value')));
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    expect(listed).toEqual(expect.arrayContaining([number('green2018'), number('rhs2020')]));
  });

  it('turns page links into in-player navigation and opens other links in a new window', () => {
    const links = [...pageHtml('why-care').querySelectorAll('a:not(.term):not(.cite)')];
    expect(links.map((a) => [a.textContent, a.getAttribute('data-page'), a.getAttribute('target')])).toEqual([
      ['where to put a plant', 'light', null],
      ['watering', 'watering', null],
      ['Royal Horticultural Society', null, '_blank'],
    ]);
    expect(links[2]!.getAttribute('rel')).toContain('noopener');
    const outcome = fragment(compiled.outcomes[0]!.html).querySelector('a');
    expect(outcome?.getAttribute('data-page')).toBe('light');
  });

  it('expands the citation and glossary link in a figure caption written as raw HTML', () => {
    const caption = pageHtml('light').querySelector('figure > figcaption');
    expect(caption?.querySelector('.citation')?.getAttribute('data-refs')).toBe('moss2015');
    expect(caption?.querySelector('a.term')?.getAttribute('data-term')).toBe('photosynthesis');
    expect(caption?.textContent).toMatch(
      /^How light falls away from a window\d+ \(source: Moss, 2015\), and what it means for photosynthesis\.$/,
    );
    expect(pageHtml('light').querySelector('figure svg title')?.textContent).toBe('Light away from a window');
  });

  it('carries only the glossary terms used (also inside definitions), sorted by term, and the references cited', () => {
    expect(compiled.glossary.map((t) => t.id)).toEqual(['drainage', 'photosynthesis', 'root-rot']);
    const drainage = fragment(compiled.glossary[0]!.html);
    expect(drainage.querySelector('a.term')?.getAttribute('data-term')).toBe('root-rot');
    // in citation order, numbered 1, 2, 3 as the notes on the pages show them
    expect(compiled.references.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(compiled.references.map((r) => [r.id, r.url]).sort()).toEqual([
      ['green2018', undefined],
      ['moss2015', undefined],
      ['rhs2020', 'https://example.org/rhs2020'],
    ]);
    const rhs = compiled.references.find((r) => r.id === 'rhs2020')!;
    expect(fragment(rhs.html).querySelector('em')?.textContent).toBe('Houseplant care for beginners');
  });

  it('renders activities, questions and the course-wide support followed by the module support', () => {
    const practice = compiled.pages.find((p) => p.id === 'light')!.activities[0]!;
    expect(practice).toMatchObject({ type: 'practice', id: 'dark-hallway', title: 'A fern in a hallway' });
    const scenario = compiled.questions.find((q) => q.id === 'pot-without-holes')!;
    expect(fragment(scenario.vignetteHtml!).textContent).toContain('new plant sits in a glazed pot');
    const ordering = compiled.questions.find((q) => q.id === 'watering-steps')!;
    expect(ordering.feedback?.correctHtml).toBe('Yes. Check first, water thoroughly, then let it drain.');
    const support = fragment(compiled.supportHtml);
    expect(support.firstElementChild?.textContent).toMatch(/^If a plant you care about/);
    expect(support.querySelector('li a.term')?.getAttribute('data-term')).toBe('drainage');
  });
});
