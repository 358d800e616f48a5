/**
 * Markdown to HTML at build time, with the course's extensions: glossary links, citations and page links.
 * Raw HTML is allowed because authors write inline SVG figures; learner text never passes through here.
 */
import MarkdownIt, { type Env, type MarkdownIt as Markdown, type StateBlock, type Token } from 'markdown-it';
import { scanBlocks, type Block } from './blocks.ts';
import { citationIds, citationPattern, glossaryLinkPattern } from './references-in-text.ts';
import { storyCloseHtml, storyOpenHtml } from './story-html.ts';

export interface RenderContext {
  glossary: ReadonlyMap<string, { term: string }>;
  references: ReadonlyMap<string, { cite: string }>;
  /** called for every glossary term and reference used, so the module carries only those */
  onUse?: (kind: 'glossary' | 'reference', id: string) => void;
}

export interface Renderer {
  /** a reference's number: given in order of first citation, the same number for every later citation */
  referenceNumber(id: string): number;
  /**
   * @param topHeadingLevel the level the body's highest heading becomes (pages sit under an h2 title, so their
   *   own headings start at h3 whichever level the author wrote)
   */
  block(markdown: string, topHeadingLevel?: number): string;
  inline(markdown: string): string;
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Glossary terms are named in sentence case; inside a sentence "Attunement" reads as "attunement" ("ACEs" stays). */
const inSentence = (term: string) =>
  /^[A-Z][a-z]/.test(term) ? term[0]!.toLowerCase() + term.slice(1) : term;

export function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const figurePlaceholder = 'IMHFIGUREPLACEHOLDER';
/** A note number sits on the word it follows: "mind²", not "mind ²". */
const noteSpace = /[ \t\n]+(<sup class="citation")/g;

export function createRenderer(context: RenderContext): Renderer {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: true });
  const numbers = new Map<string, number>();
  const numberOf = (id: string) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return numbers.get(id)!;
  };

  md.inline.ruler.before('link', 'imh_glossary', (state, silent) => {
    if (!state.src.startsWith('[[', state.pos)) return false;
    const m = new RegExp(glossaryLinkPattern.source, 'y');
    m.lastIndex = state.pos;
    const found = m.exec(state.src);
    if (!found) return false;
    if (!silent) {
      const id = found[1]!.trim();
      const entry = context.glossary.get(id);
      context.onUse?.('glossary', id);
      const token = state.push('html_inline', '', 0);
      const shown = found[2] ?? inSentence(entry?.term ?? id);
      token.content = `<a class="term" href="#term-${escapeHtml(id)}" data-term="${escapeHtml(id)}">${escapeHtml(shown)}</a>`;
    }
    state.pos += found[0].length;
    return true;
  });

  md.inline.ruler.before('link', 'imh_citation', (state, silent) => {
    if (!state.src.startsWith('[@', state.pos)) return false;
    const m = new RegExp(citationPattern.source, 'y');
    m.lastIndex = state.pos;
    const found = m.exec(state.src);
    if (!found) return false;
    if (!silent) {
      // A numbered note, not a link: the sources are listed under the page and in References, so a page of
      // citations adds no tab stops. The author and year are there for a screen reader.
      const ids = citationIds(found[1]!);
      const names = ids.map((id) => {
        context.onUse?.('reference', id);
        return context.references.get(id)?.cite ?? id;
      });
      const numbers = ids.map(numberOf).join(', ');
      const token = state.push('html_inline', '', 0);
      token.content = `<sup class="citation" data-refs="${escapeHtml(ids.join(' '))}"><span aria-hidden="true">${numbers}</span><span class="visually-hidden"> (source: ${escapeHtml(names.join('; '))})</span></sup>`;
    }
    state.pos += found[0].length;
    return true;
  });

  // Page links become in-player navigation; every other link opens outside the course frame.
  const defaultLinkOpen =
    md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet('href') ?? '');
    if (href.startsWith('#page:')) token.attrSet('data-page', href.slice('#page:'.length));
    else {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };

  // Figures are raw HTML: expand citations and glossary links inside them (e.g. in a <figcaption>) too.
  const expandLinks = (html: string) =>
    html
      .replace(citationPattern, (m) => md.renderInline(m))
      .replace(glossaryLinkPattern, (m) => md.renderInline(m));
  md.renderer.rules.html_block = (tokens, idx) => expandLinks(tokens[idx]!.content);

  usePageBlocks(md);
  useScrollableTables(md);

  return {
    block: (markdown, topHeadingLevel) => {
      // A figure is raw HTML whatever its blank lines and indentation (Markdown would end the HTML block at a
      // blank line and show the rest of the SVG as code): set figures aside, render, then put them back.
      const figures: string[] = [];
      const text = markdown.replace(/<figure[\s>][\s\S]*?<\/figure>/g, (figure) => {
        figures.push(figure);
        return `\n\n${figurePlaceholder}${figures.length - 1}\n\n`;
      });
      const env: BlockEnv = { blocks: new Map(scanBlocks(text, 0).blocks.map((b) => [b.open, b])) };
      const tokens = md.parse(text, env);
      levelHeadings(tokens, topHeadingLevel);
      return md.renderer
        .render(tokens, md.options, env)
        .replace(new RegExp(`<p>${figurePlaceholder}(\\d+)</p>`, 'g'), (_, i: string) =>
          expandLinks(figures[Number(i)]!),
        )
        .replace(noteSpace, '$1')
        .trim();
    },
    inline: (markdown) => md.renderInline(markdown.trim()).replace(noteSpace, '$1'),
    referenceNumber: numberOf,
  };
}

/** Page blocks found before parsing, by the line they open on (see blocks.ts). */
interface BlockEnv extends Env {
  blocks: Map<number, Block>;
}

/**
 * The :::name blocks of blocks.ts as tokens: imh_block_open/close around the block's Markdown, and for a
 * block with sections (compare, tabs, reveal, steps) an imh_section_open/close around each section. Headings the block itself adds (a column's heading,
 * an in-practice title) are marked, so levelHeadings can give them the level that fits where they stand.
 */
function usePageBlocks(md: Markdown): void {
  const rule = (state: StateBlock, startLine: number, _endLine: number, silent: boolean) => {
    const block = (state.env as Partial<BlockEnv>).blocks?.get(startLine);
    if (!block || state.sCount[startLine]! > 0) return false;
    if (silent) return true;
    const oldLineMax = state.lineMax;
    const oldParent = state.parentType;
    state.parentType = 'imh_block' as typeof state.parentType;
    state.lineMax = block.close;
    const open = state.push('imh_block_open', 'div', 1);
    Object.assign(open, { meta: { block }, map: [startLine, block.close + 1], block: true });
    const pushHeading = (text: string, line: number, className: string) => {
      const heading = state.push('heading_open', 'h3', 1);
      Object.assign(heading, { meta: { blockHeading: true }, map: [line, line + 1], block: true });
      heading.attrSet('class', className);
      const inline = state.push('inline', '', 0);
      Object.assign(inline, { content: text, map: [line, line + 1], children: [] });
      state.push('heading_close', 'h3', -1).meta = { blockHeading: true };
    };
    if ((block.name === 'in-practice' || block.name === 'steps') && block.argument)
      pushHeading(block.argument, startLine, 'block-title');
    if (block.name === 'reveal' && block.argument) {
      state.push('paragraph_open', 'p', 1).attrSet('class', 'block-intro');
      const intro = state.push('inline', '', 0);
      Object.assign(intro, { content: block.argument, map: [startLine, startLine + 1], children: [] });
      state.push('paragraph_close', 'p', -1);
    }
    if (block.sections.length > 0) {
      block.sections.forEach((section, i) => {
        state.push('imh_section_open', 'div', 1).meta = { block };
        pushHeading(section.heading, section.line, sectionHeadingClass[block.name] ?? 'section-heading');
        state.md.block.tokenize(state, section.line + 1, block.sections[i + 1]?.line ?? block.close);
        state.push('imh_section_close', 'div', -1).meta = { block };
      });
    } else state.md.block.tokenize(state, startLine + 1, block.close);
    state.push('imh_block_close', 'div', -1).meta = { block };
    state.lineMax = oldLineMax;
    state.parentType = oldParent;
    state.line = block.close + 1;
    return true;
  };
  md.block.ruler.before('fence', 'imh_block', rule, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });

  const inline = (markdown: string) => md.renderInline(markdown);
  md.renderer.rules.imh_block_open = (tokens, idx) => blockOpenHtml(blockOf(tokens[idx]!), inline);
  md.renderer.rules.imh_block_close = (tokens, idx) => blockCloseHtml(blockOf(tokens[idx]!), inline);
  md.renderer.rules.imh_section_open = (tokens, idx) =>
    sectionOpenHtml[blockOf(tokens[idx]!).name] ?? '<div>\n';
  md.renderer.rules.imh_section_close = (tokens, idx) =>
    blockOf(tokens[idx]!).name === 'compare' ? '</div>\n' : '</section>\n';
}

/**
 * Sections of the blocks that have them. Tabs, reveal cards and steps are written as plain sections with a
 * heading inside their component's element: readable (and printable) as they are, and made interactive when the
 * component arrives with player/extras.js.
 */
const sectionOpenHtml: Partial<Record<Block['name'], string>> = {
  compare: '<div class="compare-column">\n',
  tabs: '<section class="tab-section">\n',
  reveal: '<section class="reveal-card">\n',
  steps: '<section class="step">\n',
};
const sectionHeadingClass: Partial<Record<Block['name'], string>> = {
  compare: 'column-heading',
  tabs: 'section-heading',
  reveal: 'section-heading',
  steps: 'section-heading',
};

const blockOf = (token: Token) => (token.meta as { block: Block }).block;
const label = (text: string) => `<p class="block-label">${text}</p>\n`;

function blockOpenHtml(block: Block, inline: (markdown: string) => string): string {
  switch (block.name) {
    case 'key-point':
      return `<div class="block key-point">\n${label('Key point')}`;
    case 'in-practice':
      return `<div class="block in-practice">\n${label('In practice')}`;
    case 'details':
      return `<details class="block details">\n<summary>${inline(block.argument)}</summary>\n<div class="details-body">\n`;
    case 'compare':
      return '<div class="block compare">\n<div class="compare-columns">\n';
    case 'voice':
      return '<figure class="block voice">\n<blockquote>\n';
    case 'vignette':
      return block.argument
        ? storyOpenHtml(inline(block.argument))
        : `<div class="block vignette">\n${label('Story')}`;
    case 'tabs':
      return '<imh-tabs class="block tabs">\n';
    case 'reveal':
      return '<imh-reveal class="block reveal">\n';
    case 'steps':
      return '<imh-steps class="block stepper">\n';
  }
}

function blockCloseHtml(block: Block, inline: (markdown: string) => string): string {
  switch (block.name) {
    case 'details':
      return '</div>\n</details>\n';
    case 'compare':
      return '</div>\n</div>\n';
    case 'voice':
      return `</blockquote>\n<figcaption class="voice-speaker">${inline(block.argument)}</figcaption>\n</figure>\n`;
    case 'vignette':
      return block.argument ? storyCloseHtml : '</div>\n';
    case 'tabs':
      return '</imh-tabs>\n';
    case 'reveal':
      return '</imh-reveal>\n';
    case 'steps':
      return '</imh-steps>\n';
    default:
      return '</div>\n';
  }
}

/**
 * A table wider than the screen scrolls inside its own region, which keyboard users can focus and scroll, and
 * which is named after its column headings (a region needs a name).
 */
function useScrollableTables(md: Markdown): void {
  md.renderer.rules.table_open = (tokens, idx, options, _env, self) => {
    const headings: string[] = [];
    for (let i = idx + 1; i < tokens.length && tokens[i]!.type !== 'thead_close'; i++)
      if (tokens[i]!.type === 'inline')
        headings.push(
          (tokens[i]!.children ?? [])
            .filter((t) => t.type === 'text' || t.type === 'code_inline')
            .map((t) => t.content)
            .join('')
            .trim(),
        );
    const name = ['Table', headings.filter(Boolean).join(', ')].filter(Boolean).join(': ');
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(name)}">\n${self.renderToken(tokens, idx, options)}`;
  };
  md.renderer.rules.table_close = (tokens, idx, options, _env, self) =>
    `${self.renderToken(tokens, idx, options)}</div>\n`;
}

const isHeading = (t: Token) => t.type === 'heading_open' || t.type === 'heading_close';
const levelOf = (t: Token) => Number(t.tag.slice(1));
const isBlockHeading = (t: Token) => (t.meta as { blockHeading?: boolean } | null)?.blockHeading === true;

/**
 * Authored headings move so the highest becomes `top` (pages sit under an h2 title, so their own headings start
 * at h3 whichever level the author wrote). A heading a block adds sits one level below the authored heading it
 * follows, or at `top` when none comes before it.
 */
function levelHeadings(tokens: Token[], top: number | undefined): void {
  const authored = tokens.filter((t) => isHeading(t) && !isBlockHeading(t));
  if (top !== undefined && authored.length > 0) {
    const shift = top - Math.min(...authored.map(levelOf));
    for (const t of authored) t.tag = `h${Math.min(6, levelOf(t) + shift)}`;
  }
  let under = (top ?? 3) - 1;
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'imh_block_open') depth++;
    if (t.type === 'imh_block_close') depth--;
    if (t.type === 'heading_open' && !isBlockHeading(t) && depth === 0) under = levelOf(t);
    if (isHeading(t) && isBlockHeading(t)) t.tag = `h${Math.min(6, under + 1)}`;
  }
}
