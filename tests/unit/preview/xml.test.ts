import { describe, expect, test } from 'vitest';
import { attribute, childNamed, childrenNamed, parseXml, XmlError } from '../../../scripts/preview/xml.ts';

describe('parseXml', () => {
  test('reads elements, prefixed names, attributes, text, entities, CDATA and skips comments', () => {
    const root = parseXml(`<?xml version="1.0"?>
      <!-- a manifest -->
      <manifest identifier="m&amp;1" xmlns:adlcp="x">
        <title>Babies &lt;&amp;&gt; parents &#8211; &#x2014;</title>
        <item identifier='i1' adlcp:scormType="sco" note="a > b"/>
        <item identifier="i2"><title><![CDATA[<raw>]]></title></item>
      </manifest>`);
    expect(root.name).toBe('manifest');
    expect(root.attributes.identifier).toBe('m&1');
    expect(childNamed(root, 'title')?.text).toBe('Babies <&> parents – —');
    const items = childrenNamed(root, 'item');
    expect(items.map((item) => attribute(item, 'identifier'))).toEqual(['i1', 'i2']);
    expect(attribute(items[0]!, 'scormtype')).toBe('sco');
    expect(attribute(items[0]!, 'note')).toBe('a > b');
    expect(childNamed(items[1]!, 'title')?.text).toBe('<raw>');
  });

  test('matches elements by local name whatever their prefix', () => {
    const root = parseXml(
      '<a xmlns:imsss="s"><imsss:sequencing><imsss:controlMode flow="true"/></imsss:sequencing></a>',
    );
    const controlMode = childNamed(childNamed(root, 'sequencing')!, 'controlMode');
    expect(controlMode && attribute(controlMode, 'flow')).toBe('true');
  });

  test.each([
    ['<a><b></a>', /does not close/],
    ['<a>', /not closed/],
    ['<a/><b/>', /more than one root/],
    ['text', /text outside|no root/],
    ['<a><!-- open', /unterminated comment/],
  ])('rejects %s', (source, message) => {
    expect(() => parseXml(source)).toThrow(XmlError);
    expect(() => parseXml(source)).toThrow(message);
  });
});
