/** The Markdown extensions: glossary links, citations, page links, external links, figures, escaping. */
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/content/render.ts';

const used: [string, string][] = [];
const render = createRenderer({
  glossary: new Map([
    ['attunement', { term: 'Attunement' }],
    ['aces', { term: 'ACEs' }],
    ['serve-and-return', { term: 'Serve and return' }],
  ]),
  references: new Map([
    ['fraiberg1975', { cite: 'Fraiberg et al., 1975' }],
    ['smith2001', { cite: 'Smith & Jones, 2001' }],
  ]),
  onUse: (kind, id) => used.push([kind, id]),
});

const term = (id: string, shown: string) =>
  `<a class="term" href="#term-${id}" data-term="${id}">${shown}</a>`;
/** A numbered note: numbers as first cited in this renderer (fraiberg1975 is 1, smith2001 2), names for screen readers. */
const cite = (ids: string, numbers: string, names: string) =>
  `<sup class="citation" data-refs="${ids}"><span aria-hidden="true">${numbers}</span><span class="visually-hidden"> (source: ${names})</span></sup>`;

describe('glossary links', () => {
  it('show the term in sentence case, as it reads inside a sentence', () => {
    expect(render.inline('Notice [[attunement]].')).toBe(`Notice ${term('attunement', 'attunement')}.`);
    expect(render.inline('[[serve-and-return]]')).toBe(term('serve-and-return', 'serve and return'));
  });

  it('keep a term that starts with an abbreviation as written', () => {
    expect(render.inline('[[aces]]')).toBe(term('aces', 'ACEs'));
  });

  it('show the given text with [[id|text]]', () => {
    expect(render.inline('An [[attunement|attuned]] parent')).toBe(
      `An ${term('attunement', 'attuned')} parent`,
    );
  });
});

describe('citations', () => {
  it('render one reference as a numbered note, not a link (no tab stop), named for screen readers', () => {
    expect(render.inline('[@fraiberg1975]')).toBe(cite('fraiberg1975', '1', 'Fraiberg et al., 1975'));
    expect(render.referenceNumber('fraiberg1975')).toBe(1);
  });

  it('number several references in order of first citation, the same number each time', () => {
    expect(render.inline('[@fraiberg1975; @smith2001]')).toBe(
      cite('fraiberg1975 smith2001', '1, 2', 'Fraiberg et al., 1975; Smith &amp; Jones, 2001'),
    );
    expect(render.inline('[@smith2001]')).toBe(cite('smith2001', '2', 'Smith &amp; Jones, 2001'));
  });
});

describe('wrapped source lines', () => {
  it('still make one citation or glossary link when the line breaks inside it', () => {
    expect(render.block('Both\n[@fraiberg1975;\n@smith2001] and [[attunement|tuning\nin]].')).toBe(
      `<p>Both${cite('fraiberg1975 smith2001', '1, 2', 'Fraiberg et al., 1975; Smith &amp; Jones, 2001')} and ${term('attunement', 'tuning\nin')}.</p>`,
    );
  });
});

describe('links', () => {
  it('to a page of the module carry data-page and stay in the course frame', () => {
    expect(render.inline('[the four Rs](#page:four-rs)')).toBe(
      '<a href="#page:four-rs" data-page="four-rs">the four Rs</a>',
    );
  });

  it('to anywhere else open in a new window without access to the course', () => {
    expect(render.inline('[NSPCC](https://www.nspcc.org.uk/)')).toBe(
      '<a href="https://www.nspcc.org.uk/" target="_blank" rel="noopener noreferrer">NSPCC</a>',
    );
  });
});

describe('figures in raw HTML', () => {
  it('expand citations and glossary links inside a <figcaption>', () => {
    const html = render.block(
      [
        '<figure>',
        '  <svg role="img" aria-label="Serve and return"></svg>',
        '  <figcaption>Serve and return [@fraiberg1975; @smith2001], a form of [[attunement]].</figcaption>',
        '</figure>',
      ].join('\n'),
    );

    expect(html).toContain(
      `<figcaption>Serve and return${cite('fraiberg1975 smith2001', '1, 2', 'Fraiberg et al., 1975; Smith &amp; Jones, 2001')}, a form of ${term('attunement', 'attunement')}.</figcaption>`,
    );
    expect(html).toContain('<svg role="img" aria-label="Serve and return"></svg>');
  });
});

describe('escaping', () => {
  it('escapes shown text and ids, so authored text cannot open a tag or leave an attribute', () => {
    expect(render.inline('[[attunement|<b>"attuned"</b>]]')).toBe(
      term('attunement', '&lt;b&gt;&quot;attuned&quot;&lt;/b&gt;'),
    );
    expect(render.inline('[[x" onclick="alert(1)]]')).toBe(
      term('x&quot; onclick=&quot;alert(1)', 'x&quot; onclick=&quot;alert(1)'),
    );
    expect(render.inline('[@y" onclick="alert(1)]')).toBe(
      cite('y&quot; onclick=&quot;alert(1)', '3', 'y&quot; onclick=&quot;alert(1)'),
    );
  });

  it('escapes a link title and keeps a page id inside its attribute', () => {
    expect(render.inline('[top](#page:a"b "Say \\"hi\\" <now>")')).toBe(
      '<a href="#page:a%22b" title="Say &quot;hi&quot; &lt;now&gt;" data-page="a%22b">top</a>',
    );
  });
});

it('reports every glossary term and reference it renders, so a module carries only those', () => {
  used.length = 0;
  render.block('[[attunement]] and [[aces|ACEs]] [@fraiberg1975; @smith2001]');
  expect(used).toEqual([
    ['glossary', 'attunement'],
    ['glossary', 'aces'],
    ['reference', 'fraiberg1975'],
    ['reference', 'smith2001'],
  ]);
});

describe('figures', () => {
  it('stay raw HTML even with blank lines and indented SVG inside, with captions cited', () => {
    const html = render.block(
      [
        'Before.',
        '',
        '<figure>',
        '  <svg viewBox="0 0 10 10" role="img" aria-labelledby="t">',
        '    <title id="t">T</title>',
        '',
        '    <rect x="1" y="1" width="2" height="2"/>',
        '  </svg>',
        '  <figcaption>After [@fraiberg1975].</figcaption>',
        '</figure>',
        '',
        'After.',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<pre|<code/);
    expect(html).toContain('<rect x="1" y="1" width="2" height="2"/>');
    expect(html).toMatch(/<figcaption>After<sup class="citation" data-refs="fraiberg1975">/);
    expect(html.indexOf('<p>Before.</p>')).toBeLessThan(html.indexOf('<figure>'));
  });
});
