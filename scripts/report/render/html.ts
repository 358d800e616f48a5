/**
 * Building HTML as text with every value escaped: `html` tagged templates escape interpolated strings, and nest
 * other `html` results as they are. Learner names and export cells never reach the page unescaped.
 */
import { escapeHtml } from '../../../src/content/render.ts';

export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = SafeHtml | string | number | undefined | null | false | readonly Part[];

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof SafeHtml) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0]!;
  parts.forEach((part, i) => {
    out += render(part) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Markup the report itself wrote (SVG built from numbers and escaped labels). */
export const trusted = (text: string) => new SafeHtml(text);

/** The heading id of a module's section: sub-sections name themselves with it, so every region's name is unique. */
export const moduleHeadingId = (slug: string) => `module-${slug}-heading`;

/**
 * A wide table in a box that scrolls sideways on narrow screens; focusable and named, so keyboard users can
 * scroll it too.
 */
export function scrollBox(label: string, content: SafeHtml): SafeHtml {
  return html`<div class="wide" tabindex="0" role="region" aria-label="${label}">${content}</div>`;
}
