/**
 * A small XML reader for imsmanifest.xml: elements, attributes and text, with comments, processing instructions,
 * CDATA and the predefined and numeric entities. Names keep their prefixes; lookups match the local part, which is
 * unambiguous inside a SCORM manifest and spares the preview a namespace resolver. No DTDs, no external entities.
 */

export interface XmlElement {
  /** As written, with any prefix: 'imsss:controlMode'. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, concatenated, not including its children's. */
  text: string;
}

export class XmlError extends Error {
  constructor(message: string, source: string, offset: number) {
    super(`${message} (line ${source.slice(0, offset).split('\n').length})`);
    this.name = 'XmlError';
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

/** A start tag at the current position: name, attributes (quoted values may hold '>'), and '/' if empty. */
const START_TAG = /<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/** Parses a whole document and returns its root element; throws XmlError on malformed markup. */
export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let position = 0;
  const skipPast = (terminator: string, what: string) => {
    const end = source.indexOf(terminator, position);
    if (end < 0) throw new XmlError(`unterminated ${what}`, source, position);
    const content = source.slice(position, end);
    position = end + terminator.length;
    return content;
  };
  while (position < source.length) {
    const next = source.indexOf('<', position);
    const textEnd = next < 0 ? source.length : next;
    if (textEnd > position) {
      const text = source.slice(position, textEnd);
      const parent = stack.at(-1);
      if (parent) parent.text += decodeEntities(text);
      else if (text.trim()) throw new XmlError('text outside the root element', source, position);
      position = textEnd;
      continue;
    }
    if (source.startsWith('<!--', position)) {
      position += 4;
      skipPast('-->', 'comment');
    } else if (source.startsWith('<![CDATA[', position)) {
      position += 9;
      const text = skipPast(']]>', 'CDATA section');
      const parent = stack.at(-1);
      if (parent) parent.text += text;
    } else if (source.startsWith('<?', position) || source.startsWith('<!', position)) {
      position += 2;
      skipPast('>', 'declaration');
    } else if (source.startsWith('</', position)) {
      const start = position;
      position += 2;
      const name = skipPast('>', 'end tag').trim();
      const open = stack.pop();
      if (!open || open.name !== name) {
        throw new XmlError(`</${name}> does not close <${open?.name ?? '(nothing)'}>`, source, start);
      }
    } else {
      START_TAG.lastIndex = position;
      const tag = START_TAG.exec(source);
      if (!tag) throw new XmlError('malformed start tag', source, position);
      position = START_TAG.lastIndex;
      const element: XmlElement = {
        name: tag[1]!,
        attributes: parseAttributes(tag[2]!),
        children: [],
        text: '',
      };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new XmlError('more than one root element', source, tag.index);
      else root = element;
      if (!tag[3]) stack.push(element);
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack.at(-1)!.name}> is not closed`, source, source.length);
  if (!root) throw new XmlError('no root element', source, 0);
  return root;
}

export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Child elements whose local name is `name` (case-sensitive, as XML is). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child.name) === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => localName(child.name) === name);
}

/**
 * An attribute by local name, ignoring its prefix and, because manifests in the wild spell it both ways, the case
 * of its letters ('adlcp:scormtype' in 1.2, 'adlcp:scormType' in 2004).
 */
export function attribute(element: XmlElement, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(element.attributes)) {
    if (localName(key).toLowerCase() === wanted && !key.startsWith('xmlns')) return value;
  }
  return undefined;
}
