/**
 * Parses YAML with positions kept, so schema problems can name the line they are on.
 */
import { LineCounter, parseDocument, isNode, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './problems.ts';

export type PathKey = string | number;

export interface YamlSource {
  file: string;
  /** 1-based line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly PathKey[]): number;
  /**
   * 1-based line of the `occurrence`-th (from 0) `needle` in the source of the scalar at `path`, else `lineOf(path)`.
   * Folded scalars (`>-`) lose their line breaks when parsed, so an offset in the value does not give the line.
   */
  lineOfText(path: readonly PathKey[], needle: string, occurrence: number): number;
}

export type Parsed<T> =
  { ok: true; value: T; source: YamlSource } | { ok: false; problems: ContentProblem[] };

/**
 * @param firstLine the file line the YAML text starts on (front matter starts after the opening `---`).
 */
export function parseYaml<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  firstLine = 1,
): Parsed<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        line: toFileLine(e.pos[0]),
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (path: readonly PathKey[]) => lineOfPath(doc, path, toFileLine, firstLine);
  const lineOfText = (path: readonly PathKey[], needle: string, occurrence: number) => {
    const node = doc.getIn(path, true);
    if (!isScalar(node) || !node.range) return lineOf(path);
    const raw = text.slice(node.range[0], node.range[1]);
    let at = raw.indexOf(needle);
    for (let n = 0; n < occurrence && at >= 0; n++) at = raw.indexOf(needle, at + 1);
    return at >= 0 ? toFileLine(node.range[0] + at) : lineOf(path);
  };
  const source: YamlSource = { file, lineOf, lineOfText };
  // reportInput: without the input on each issue, a value of the wrong type would read as missing ("is required").
  const result = schema.safeParse(doc.toJS() ?? {}, { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file,
        line: source.lineOf(issue.path.filter((k): k is PathKey => typeof k !== 'symbol')),
        message: describeIssue(issue),
      })),
    };
  }
  return { ok: true, value: result.data, source };
}

function lineOfPath(
  doc: Document,
  path: readonly PathKey[],
  toFileLine: (offset: number) => number,
  firstLine: number,
): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return toFileLine(node.range[0]);
  }
  return firstLine;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}" ` : '';
  if (issue.code === 'unrecognized_keys') return `${where}has unknown key(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}is required`.trim();
  return `${where}${issue.message}`;
}
