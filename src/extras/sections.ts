/**
 * The build writes tabs, reveal cards and steps as plain sections inside their component's element (readable
 * before the component arrives and in print). A component reads them once, on first connection, and then draws
 * its interactive form in their place.
 */
export interface BlockSection {
  /** the section's heading as HTML (a tab's label, a card's front, a step's heading) */
  headingHtml: string;
  /** the rest of the section as HTML */
  bodyHtml: string;
}

export interface BlockParts {
  /** what stands before the sections: a reveal's intro line, a steps block's title */
  leadHtml: string;
  sections: BlockSection[];
}

/** Reads and removes the host's build-time markup. */
export function takeSections(host: HTMLElement): BlockParts {
  const sections: BlockSection[] = [];
  let leadHtml = '';
  for (const child of [...host.children]) {
    if (child.tagName === 'SECTION') {
      const heading = child.querySelector(':scope > .section-heading');
      heading?.remove();
      sections.push({ headingHtml: heading?.innerHTML ?? '', bodyHtml: child.innerHTML.trim() });
    } else if (sections.length === 0) leadHtml += child.outerHTML;
  }
  host.replaceChildren();
  return { leadHtml, sections };
}

let next = 0;
/** Ids unique in the document, for aria-controls and aria-labelledby between the parts a component draws. */
export const uniqueId = (prefix: string): string => `${prefix}-${++next}`;

/** The HTML of an inline heading as plain text, for aria-labels. */
export function headingText(html: string, doc: Document = document): string {
  const holder = doc.createElement('span');
  holder.innerHTML = html;
  return (holder.textContent ?? '').trim();
}
