/** Markup that is already XML (a rendered partial): inserted as it is, never escaped again. */
export class Xml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** A string or number is XML-escaped; an `Xml` (or a list of them, one a line) is inserted as markup. */
export type TemplateValue = string | number | Xml | readonly Xml[];
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/**
 * Fills every `{{name}}` in `template` from `values`. Fails, naming `templateName` and the placeholder, when a
 * placeholder has no value, a value has no placeholder (a misspelt name), or braces are left that are not a
 * placeholder, so a manifest never ships with a hole in it. A multi-line `Xml` value keeps the indentation of its
 * placeholder on every line.
 */
export function renderTemplate(templateName: string, template: string, values: TemplateValues): Xml {
  const withoutPlaceholders = template.replace(PLACEHOLDER, '');
  const strayAt = withoutPlaceholders.search(/\{\{|\}\}/);
  if (strayAt >= 0) {
    const near = withoutPlaceholders.slice(Math.max(0, strayAt - 20), strayAt + 20).replace(/\s+/g, ' ');
    throw new Error(`Template ${templateName}: malformed placeholder near "${near}"`);
  }
  const unused = new Set(Object.keys(values));
  const text = template.replace(PLACEHOLDER, (_match, name: string, offset: number) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`Template ${templateName}: no value for placeholder {{${name}}}`);
    }
    unused.delete(name);
    return formatValue(value, indentationAt(template, offset));
  });
  if (unused.size > 0) {
    const names = [...unused].map((name) => `{{${name}}}`).join(', ');
    throw new Error(`Template ${templateName}: values given for placeholders it does not have: ${names}`);
  }
  // An empty list leaves its placeholder's line blank: drop such lines.
  return new Xml(text.replace(/^[ \t]+\n/gm, ''));
}

function formatValue(value: TemplateValue, indentation: string): string {
  if (typeof value === 'string') return escapeXml(value);
  if (typeof value === 'number') return String(value);
  const blocks = value instanceof Xml ? [value] : value;
  return blocks
    .map((block) => block.text.trimEnd())
    .join('\n')
    .replaceAll('\n', `\n${indentation}`);
}

/** The whitespace before a placeholder that starts its line ('' when text comes before it). */
function indentationAt(template: string, offset: number): string {
  const lineStart = template.lastIndexOf('\n', offset - 1) + 1;
  const before = template.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : '';
}
