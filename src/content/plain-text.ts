/**
 * What a learner reads of a piece of inline Markdown, as plain text: the measure of an option's length in
 * the form-cue check and the test-wise learner. Links show their text, glossary links their term, citations
 * their in-text form.
 */
import { citationIds, citationPattern, glossaryLinkPattern } from './references-in-text.ts';

export interface PlainTextContext {
  /** glossary id → term */
  terms?: ReadonlyMap<string, string>;
  /** reference id → in-text citation ("Fraiberg et al., 1975") */
  cites?: ReadonlyMap<string, string>;
}

export function plainText(markdown: string, context: PlainTextContext = {}): string {
  return markdown
    .replace(
      glossaryLinkPattern,
      (_, id: string, shown?: string) => shown ?? context.terms?.get(id.trim()) ?? id,
    )
    .replace(
      citationPattern,
      (_, inner: string) =>
        `(${citationIds(inner)
          .map((id) => context.cites?.get(id) ?? id)
          .join('; ')})`,
    )
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The plain-text context of a course: its glossary terms and in-text citations. */
export function plainTextContext(course: {
  glossary: { value: { terms: readonly { id: string; term: string }[] } };
  references: { value: { references: readonly { id: string; cite: string }[] } };
}): PlainTextContext {
  return {
    terms: new Map(course.glossary.value.terms.map((t) => [t.id, t.term])),
    cites: new Map(course.references.value.references.map((r) => [r.id, r.cite])),
  };
}
