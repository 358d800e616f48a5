import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderTemplate, Xml } from '../../../scripts/package/render-template.ts';
import { loadTemplates } from '../../../scripts/package/templates.ts';

const TYPO_TEMPLATE = new URL('../../fixtures/package/templates/item-with-typo.xml', import.meta.url);

describe('renderTemplate', () => {
  it('XML-escapes strings and numbers but inserts rendered partials as markup', () => {
    const rendered = renderTemplate('t.xml', '<a title="{{title}}" n="{{n}}">{{child}}</a>', {
      title: `Tom & "Jerry" <'s>`,
      n: 0.8,
      child: new Xml('<b/>'),
    });
    expect(rendered.text).toBe('<a title="Tom &amp; &quot;Jerry&quot; &lt;&apos;s&gt;" n="0.8"><b/></a>');
  });

  it("indents every line of a list of partials to its placeholder's column, and drops the line of an empty list", () => {
    const template = '<list>\n  {{items}}\n  {{none}}\n</list>';
    const rendered = renderTemplate('list.xml', template, {
      items: [new Xml('<item>\n  <x/>\n</item>\n'), new Xml('<item/>')],
      none: [],
    });
    expect(rendered.text).toBe('<list>\n  <item>\n    <x/>\n  </item>\n  <item/>\n</list>');
  });

  it('fails, naming the template and the placeholder, when a placeholder has no value', async () => {
    const template = await readFile(TYPO_TEMPLATE, 'utf8');
    expect(() => renderTemplate('item-with-typo.xml', template, { itemId: 'i', resourceId: 'r' })).toThrow(
      'Template item-with-typo.xml: no value for placeholder {{titel}}',
    );
  });

  it('fails when a value has no placeholder (a misspelt name on the other side)', () => {
    expect(() => renderTemplate('t.xml', '<a>{{title}}</a>', { title: 'T', titel: 'T' })).toThrow(
      'Template t.xml: values given for placeholders it does not have: {{titel}}',
    );
  });

  it('fails on braces that are not a placeholder', () => {
    expect(() => renderTemplate('t.xml', '<a>{{ title }}</a>', { title: 'T' })).toThrow(
      'Template t.xml: malformed placeholder near "<a>{{ title }}</a>"',
    );
  });
});

describe('loadTemplates', () => {
  it("names the version's template file when a manifest part is rendered without a value", async () => {
    const render = await loadTemplates('2004');
    expect(() => render('objective.xml', {})).toThrow(
      'Template scorm2004/objective.xml: no value for placeholder {{competencyId}}',
    );
  });
});
