/**
 * Markdown to HTML at build time, with the course's extensions: glossary links, citations and page links.
 * Raw HTML is allowed because authors write inline SVG figures; learner text never passes through here.
 */
import MarkdownIt from 'markdown-it';
import { citationIds, citationPattern, glossaryLinkPattern } from './references-in-text.ts';

export interface RenderContext {
  glossary: ReadonlyMap<string, { term: string }>;
  references: ReadonlyMap<string, { cite: string }>;
  /** called for every glossary term and reference used, so the module carries only those */
  onUse?: (kind: 'glossary' | 'reference', id: string) => void;
}

export interface Renderer {
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

export function createRenderer(context: RenderContext): Renderer {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: true });

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
      const parts = citationIds(found[1]!).map((id) => {
        context.onUse?.('reference', id);
        const cite = context.references.get(id)?.cite ?? id;
        return `<a class="cite" href="#ref-${escapeHtml(id)}" data-ref="${escapeHtml(id)}">${escapeHtml(cite)}</a>`;
      });
      const token = state.push('html_inline', '', 0);
      token.content = `<span class="citation">(${parts.join('; ')})</span>`;
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

  return {
    block: (markdown, topHeadingLevel) => {
      // A figure is raw HTML whatever its blank lines and indentation (Markdown would end the HTML block at a
      // blank line and show the rest of the SVG as code): set figures aside, render, then put them back.
      const figures: string[] = [];
      const text = markdown.replace(/<figure[\s>][\s\S]*?<\/figure>/g, (figure) => {
        figures.push(figure);
        return `\n\n${figurePlaceholder}${figures.length - 1}\n\n`;
      });
      const tokens = md.parse(text, {});
      if (topHeadingLevel !== undefined) shiftHeadings(tokens, topHeadingLevel);
      return md.renderer
        .render(tokens, md.options, {})
        .replace(new RegExp(`<p>${figurePlaceholder}(\\d+)</p>`, 'g'), (_, i: string) =>
          expandLinks(figures[Number(i)]!),
        )
        .trim();
    },
    inline: (markdown) => md.renderInline(markdown.trim()),
  };
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

function shiftHeadings(tokens: Token[], top: number): void {
  const headings = tokens.filter((t) => t.type === 'heading_open' || t.type === 'heading_close');
  const levels = headings.map((t) => Number(t.tag.slice(1)));
  if (levels.length === 0) return;
  const shift = top - Math.min(...levels);
  for (const t of headings) t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + shift)}`;
}
