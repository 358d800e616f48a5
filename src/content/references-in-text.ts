/**
 * The Markdown extensions authors use to link glossary terms, cite references and link pages. The patterns
 * live here once: the validator finds unresolved links with them and the renderer expands them.
 */

/** `[[term-id]]` or `[[term-id|shown text]]`; the shown text, like a citation, may wrap onto the next line */
export const glossaryLinkPattern = /\[\[([^\]|\n]+?)(?:\|([^\]]+?))?\]\]/g;
/** `[@ref-id]` or `[@one; @two]` */
export const citationPattern = /\[(@[^\]]+)\]/g;
/** `[text](#page:page-id)` */
export const pageLinkPattern = /\]\(#page:([^)\s]+)\)/g;

export function citationIds(inner: string): string[] {
  return inner.split(';').map((part) => part.trim().replace(/^@/, ''));
}

export interface TextReference {
  kind: 'glossary' | 'reference' | 'page';
  id: string;
  /** the link as written, e.g. "[@one; @two]", and where it starts in the text */
  match: string;
  index: number;
  /** 0-based line within the text */
  lineOffset: number;
}

/** Every glossary, reference and page link in a piece of authored text, with its line. */
export function findTextReferences(text: string): TextReference[] {
  const found: TextReference[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length - 1;
  for (const m of text.matchAll(glossaryLinkPattern)) {
    found.push({
      kind: 'glossary',
      id: m[1]!.trim(),
      match: m[0],
      index: m.index,
      lineOffset: lineAt(m.index),
    });
  }
  for (const m of text.matchAll(citationPattern)) {
    for (const id of citationIds(m[1]!))
      found.push({ kind: 'reference', id, match: m[0], index: m.index, lineOffset: lineAt(m.index) });
  }
  for (const m of text.matchAll(pageLinkPattern)) {
    found.push({ kind: 'page', id: m[1]!, match: m[0], index: m.index, lineOffset: lineAt(m.index) });
  }
  return found;
}
