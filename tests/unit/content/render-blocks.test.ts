// @vitest-environment happy-dom
/**
 * Page blocks (:::key-point, :::in-practice, :::details, :::compare, :::voice, :::vignette): how they render,
 * what the grammar rejects (with the line and the fix), and what the page word count leaves out.
 * The same faults laid over the fixture course are in block-faults.ts (run by bad-content.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { blockProblems, mainText, scanBlocks } from '../../../src/content/blocks.ts';
import { countWords } from '../../../src/content/content-check.ts';
import { createRenderer } from '../../../src/content/render.ts';

const render = createRenderer({
  glossary: new Map([['attunement', { term: 'Attunement' }]]),
  references: new Map([['fraiberg1975', { cite: 'Fraiberg et al., 1975' }]]),
});
const page = (...lines: string[]) => render.block(lines.join('\n'), 3);
/** The document the HTML makes, to ask it questions a browser would. */
const dom = (html: string) => {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body;
};

describe('rendering', () => {
  it('a key point is a callout with the visible label "Key point"', () => {
    const html = page(':::key-point', 'Notice [[attunement]].', ':::');
    expect(html).toBe(
      '<div class="block key-point">\n<p class="block-label">Key point</p>\n' +
        '<p>Notice <a class="term" href="#term-attunement" data-term="attunement">attunement</a>.</p>\n</div>',
    );
  });

  it('an in-practice card has its label and, when given, its title as a heading under the page title', () => {
    expect(page(':::in-practice', 'On a visit.', ':::')).toBe(
      '<div class="block in-practice">\n<p class="block-label">In practice</p>\n<p>On a visit.</p>\n</div>',
    );
    expect(page(':::in-practice A visit at *six* weeks', 'On a visit.', ':::')).toContain(
      '<p class="block-label">In practice</p>\n<h3 class="block-title">A visit at <em>six</em> weeks</h3>',
    );
  });

  it('details are a native <details>, closed, with the summary as inline Markdown', () => {
    const html = page(':::details Study details [@fraiberg1975]', 'The sample was small.', ':::');
    expect(html).toMatch(/^<details class="block details">\n<summary>Study details<sup class="citation"/);
    expect(html).toContain('<div class="details-body">\n<p>The sample was small.</p>\n</div>\n</details>');
    expect(html).not.toContain(' open');
  });

  it('compare columns each get a heading one level below the heading they stand under', () => {
    const source = [
      ':::compare',
      '::column Reassuring',
      '- "It is fine."',
      '::column Curious',
      'Tell me more.',
      ':::',
    ];
    const first = dom(page(...source));
    expect([...first.querySelectorAll('.compare-column > :first-child')].map((h) => h.outerHTML)).toEqual([
      '<h3 class="column-heading">Reassuring</h3>',
      '<h3 class="column-heading">Curious</h3>',
    ]);
    expect(first.querySelector('.compare-column li')?.textContent).toBe('“It is fine.”');

    const underSection = dom(page('# A section', '', ...source));
    expect(underSection.querySelector('h3')?.textContent).toBe('A section');
    expect([...underSection.querySelectorAll('.column-heading')].map((h) => h.tagName)).toEqual(['H4', 'H4']);
  });

  it('headings inside a block do not change the level of the next block heading', () => {
    const html = dom(
      page(
        ':::in-practice One',
        '## Inside',
        ':::',
        '',
        ':::compare',
        '::column A',
        'a',
        '::column B',
        'b',
        ':::',
      ),
    );
    expect(html.querySelector('.block-title')?.tagName).toBe('H3');
    expect([...html.querySelectorAll('.column-heading')].map((h) => h.tagName)).toEqual(['H3', 'H3']);
  });

  it('a voice is a quotation with the speaker as its caption', () => {
    expect(page(':::voice Maya, mother of four-month-old Leo', 'I was so tired.', ':::')).toBe(
      '<figure class="block voice">\n<blockquote>\n<p>I was so tired.</p>\n</blockquote>\n' +
        '<figcaption class="voice-speaker">Maya, mother of four-month-old Leo</figcaption>\n</figure>',
    );
  });

  it('a vignette without a note is a "Story" block, shown', () => {
    expect(page(':::vignette', 'Ruth is tired.', ':::')).toBe(
      '<div class="block vignette">\n<p class="block-label">Story</p>\n<p>Ruth is tired.</p>\n</div>',
    );
  });

  it('a vignette with a note hides the story behind the note, with Read and Skip buttons', () => {
    const body = dom(page(':::vignette This story mentions a *stillbirth*.', 'Ruth lost a baby.', ':::'));
    const story = body.querySelector('imh-story')!;
    expect(story.querySelector('.story-note-text')?.innerHTML).toBe(
      'This story mentions a <em>stillbirth</em>.',
    );
    expect([...story.querySelectorAll('.story-choices button')].map((b) => b.textContent)).toEqual([
      'Read the story',
      'Skip the story',
    ]);
    const text = story.querySelector<HTMLElement>('.story-text')!;
    expect(text.hidden).toBe(true);
    expect(text.getAttribute('aria-label')).toBe('Story');
    expect(text.textContent?.trim()).toBe('Ruth lost a baby.');
  });

  it('a block may follow a paragraph line directly, and Markdown after it carries on', () => {
    expect(page('Before.', ':::key-point', 'Point.', ':::', 'After.')).toBe(
      '<p>Before.</p>\n<div class="block key-point">\n<p class="block-label">Key point</p>\n<p>Point.</p>\n</div>\n<p>After.</p>',
    );
  });

  it('a table scrolls in its own focusable region, named after its column headings', () => {
    const body = dom(page('| Level | When it *happens* |', '| --- | --- |', '| Primary | Before |'));
    const region = body.querySelector('.table-scroll')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).toBe('Table: Level, When it happens');
    expect(region.firstElementChild?.tagName).toBe('TABLE');
  });
});

describe('the block grammar', () => {
  const problems = (...lines: string[]) => scanBlocks(lines.join('\n'), 10).problems;

  it('accepts every block, with section markers only in their own block, and reports where each opens and closes', () => {
    const { blocks, problems: found } = scanBlocks(
      [':::key-point', 'a', ':::', ':::compare', '::column A', 'a', '::column B', 'b', ':::'].join('\n'),
      10,
    );
    expect(found).toEqual([]);
    expect(blocks).toEqual([
      { name: 'key-point', argument: '', open: 10, close: 12, sections: [] },
      {
        name: 'compare',
        argument: '',
        open: 13,
        close: 18,
        sections: [
          { heading: 'A', line: 14 },
          { heading: 'B', line: 16 },
        ],
      },
    ]);
  });

  it('rejects an unknown block name, naming the known ones', () => {
    expect(problems('Text.', ':::warning', 'Careful.', ':::')).toEqual([
      {
        line: 11,
        message:
          'unknown block ":::warning"; use one of :::key-point, :::in-practice, :::details, :::compare, :::voice, :::vignette, :::tabs, :::reveal, :::steps',
      },
    ]);
  });

  it('rejects a block that is never closed, at the line that opens it', () => {
    expect(problems('', ':::details Why', 'Text.')).toEqual([
      { line: 11, message: '":::details" is never closed; add a line ":::" after the block\'s text' },
    ]);
  });

  it('rejects a :::compare with fewer than two columns, a column with no heading, and text before the first column', () => {
    expect(problems(':::compare', 'Lost text.', '::column', 'a', ':::')).toEqual([
      {
        line: 12,
        message: '"::column" needs its text on the same line, e.g. "::column What the parent said"',
      },
      {
        line: 10,
        message:
          '":::compare" has 1 column(s); it needs 2–4, each started by a line like "::column What the parent said"',
      },
      {
        line: 11,
        message:
          'text in a ":::compare" before its first "::column" line would not be shown; move it into a column or before the block',
      },
    ]);
  });

  it('rejects :::details without a summary and :::voice without a speaker', () => {
    expect(problems(':::details', 'a', ':::', ':::voice', 'b', ':::')).toEqual([
      {
        line: 10,
        message: '":::details" needs the summary on the same line, e.g. ":::details Study details"',
      },
      {
        line: 13,
        message:
          '":::voice" needs the speaker on the same line, e.g. ":::voice Maya, mother of four-month-old Leo"',
      },
    ]);
  });

  it('rejects a block inside another once, however the inner one is closed', () => {
    expect(problems(':::details Why', ':::key-point', 'a', ':::', 'b', ':::')).toEqual([
      {
        line: 11,
        message:
          '":::key-point" is inside ":::details" (opened at line 10), but blocks do not nest; close ":::details" with a line ":::" before opening another block',
      },
    ]);
  });

  it('rejects stray markers: a closing ::: with nothing open, ::column outside :::compare, a mistyped ::marker', () => {
    expect(problems(':::', '::column A', '::colum B').map((p) => p.line)).toEqual([10, 11, 12]);
    expect(problems('::colum B')[0]?.message).toBe(
      '"::colum" is not a block marker; blocks open with ":::" (e.g. ":::key-point"), and their sections are "::column" (compare), "::tab" (tabs), "::card" (reveal) or "::step" (steps)',
    );
  });

  it('reads tabs, reveal cards and steps with their sections', () => {
    const { blocks, problems: found } = scanBlocks(
      [
        ':::tabs',
        '::tab Mother',
        'a',
        '::tab Baby',
        'b',
        ':::',
        ':::reveal Tap a card',
        '::card Myth one',
        'x',
        '::card Myth two',
        'y',
        ':::',
      ].join('\n'),
      1,
    );
    expect(found).toEqual([]);
    expect(blocks.map((b) => [b.name, b.argument, b.sections.map((c) => c.heading)])).toEqual([
      ['tabs', '', ['Mother', 'Baby']],
      ['reveal', 'Tap a card', ['Myth one', 'Myth two']],
    ]);
  });

  it('rejects a section marker in another kind of block, naming the block it belongs to and the fix', () => {
    expect(problems(':::tabs', '::card Front', 'x', ':::')[0]).toEqual({
      line: 11,
      message:
        '"::card" belongs inside a ":::reveal" block, not ":::tabs" (whose sections are "::tab"); open one with ":::reveal" above it',
    });
  });

  it('rejects too few or too many sections: steps need 3–8, tabs 2–5, reveal cards 2–6', () => {
    expect(problems(':::steps A session', '::step One', 'a', '::step Two', 'b', ':::')).toEqual([
      {
        line: 10,
        message:
          '":::steps" has 2 step(s); it needs 3–8, each started by a line like "::step Listening to the story"',
      },
    ]);
    const sixTabs = Array.from({ length: 6 }, (_, i) => [`::tab T${i}`, 'x']).flat();
    expect(problems(':::tabs', ...sixTabs, ':::')[0]?.message).toMatch(
      /^":::tabs" has 6 tab\(s\); it needs 2–5/,
    );
    expect(problems(':::reveal', '::card Only', 'x', ':::')[0]?.message).toMatch(
      /^":::reveal" has 1 card\(s\); it needs 2–6/,
    );
  });

  it('rejects a tab with no label and text before the first tab', () => {
    expect(problems(':::tabs', 'Lost.', '::tab', 'a', '::tab B', 'b', ':::').map((p) => p.message)).toEqual([
      '"::tab" needs its text on the same line, e.g. "::tab The mother\'s view"',
      'text in a ":::tabs" before its first "::tab" line would not be shown; move it into a tab or before the block',
    ]);
  });

  it('ignores markers inside fenced code', () => {
    expect(problems('```', ':::warning', '```', '~~~~', ':::', '~~~~')).toEqual([]);
  });

  it('gives page problems their file and line', () => {
    expect(blockProblems('\n:::nope\n:::', 'modules/x/pages/01-a.md', 7)).toEqual([
      {
        file: 'modules/x/pages/01-a.md',
        line: 8,
        message: expect.stringContaining('unknown block ":::nope"'),
      },
    ]);
  });
});

describe('the page word count', () => {
  it('counts the main text only: not :::details, not the block markers, but titles and column headings', () => {
    const source = [
      'One two three.',
      ':::details Four five',
      'Not counted at all here.',
      ':::',
      ':::compare',
      '::column Six',
      'seven',
      '::column Eight',
      'nine',
      ':::',
      ':::in-practice Ten',
      'eleven',
      ':::',
    ].join('\n');
    expect(mainText(source)).not.toContain('Not counted');
    expect(countWords(source)).toBe(9);
  });
});
