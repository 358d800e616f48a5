/**
 * What authors get wrong in Markdown: a link or image to a file that is not there, and raw HTML where only
 * Markdown belongs. HTML is allowed inside <figure>…</figure> (the course's drawings) and as a comment;
 * anywhere else it would reach the learner unchecked, so it is rejected here, at the edge.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { LoadedCourse } from './load.ts';
import type { ContentProblem } from './problems.ts';
import { textFields } from './text-fields.ts';
import type { YamlSource } from './yaml-source.ts';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Parses as the renderer does (HTML on), to see what an author's Markdown becomes. */
const markdown = new MarkdownIt({ html: true, linkify: false });

/** A piece of authored Markdown and how to turn a found needle into a file line. */
export interface AuthoredText {
  file: string;
  text: string;
  /** the folder relative links are resolved from */
  dir: string;
  /** the folder problem paths are relative to */
  cwd: string;
  /** the file line of the `occurrence`-th (from 0) `needle` in the text */
  lineOf: (needle: string, occurrence: number) => number;
}

export function checkAuthoredText({ file, text, dir, cwd, lineOf }: AuthoredText): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  const at = (needle: string, message: string) => {
    const occurrence = seen.get(needle) ?? 0;
    seen.set(needle, occurrence + 1);
    problems.push({ file, line: lineOf(needle, occurrence), message });
  };

  const lookedFor = (target: string) => path.relative(cwd, path.resolve(dir, fileOf(target)));
  const outsideFigures = text.replace(/<figure[\s>][\s\S]*?<\/figure>/g, (figure) =>
    figure.replace(/[^\n]/g, ' '),
  );
  for (const token of flatten(markdown.parse(outsideFigures, {}))) {
    // one problem per element: "<b>" is reported, its "</b>" is not
    const closingTag = token.type === 'html_inline' && token.content.startsWith('</');
    if (
      (token.type === 'html_block' || token.type === 'html_inline') &&
      !isComment(token.content) &&
      !closingTag
    ) {
      const tag = token.content.trim().split('\n')[0]!;
      at(
        tag,
        `raw HTML ${quote(tag)} is only allowed inside <figure>…</figure>: write it in Markdown or a page block (:::key-point, :::details …)`,
      );
    }
    const target =
      token.type === 'link_open'
        ? String(token.attrGet('href') ?? '')
        : token.type === 'image'
          ? String(token.attrGet('src') ?? '')
          : '';
    if (target && isMissingFile(target, dir))
      at(
        target,
        `${token.type === 'image' ? 'image' : 'link'} "${target}" points to a file that does not exist (looked for ${lookedFor(target)})`,
      );
  }
  for (const m of text.matchAll(/<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/gi))
    if (isMissingFile(m[1]!, dir))
      at(m[1]!, `image "${m[1]}" points to a file that does not exist (looked for ${lookedFor(m[1]!)})`);
  return problems;
}

/** Every piece of authored Markdown in the course: page bodies, support.md and every YAML text field. */
export function authoredTexts(course: LoadedCourse): AuthoredText[] {
  const absolute = (file: string) => path.resolve(course.cwd, file);
  const fromYaml = (source: YamlSource, value: unknown): AuthoredText[] =>
    textFields(value, []).map((field) => ({
      file: source.file,
      text: field.text,
      dir: path.dirname(absolute(source.file)),
      cwd: course.cwd,
      lineOf: (needle, occurrence) => source.lineOfText(field.path, needle, occurrence),
    }));
  const fromMarkdown = (file: string, text: string, firstLine: number): AuthoredText => ({
    file,
    text,
    dir: path.dirname(absolute(file)),
    cwd: course.cwd,
    lineOf: (needle, occurrence) => {
      let at = text.indexOf(needle);
      for (let n = 0; n < occurrence && at >= 0; n++) at = text.indexOf(needle, at + 1);
      return firstLine + (at >= 0 ? text.slice(0, at).split('\n').length - 1 : 0);
    },
  });
  return [
    fromMarkdown(course.support.file, course.support.text, 1),
    ...fromYaml(course.glossary.source, course.glossary.value),
    ...fromYaml(course.references.source, course.references.value),
    ...course.modules.flatMap((module) => [
      ...fromYaml(module.meta.source, module.meta.value),
      ...module.pages.flatMap((page) => [
        ...fromYaml(page.source, page.frontMatter),
        fromMarkdown(page.file, page.body, page.bodyLine),
      ]),
      ...fromYaml(module.questions.source, { questions: module.questions.value }),
      ...module.scenarios.flatMap((scenario) => fromYaml(scenario.source, scenario.value)),
    ]),
  ];
}

function flatten(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);
}

const isComment = (html: string) => /^\s*<!--[\s\S]*?-->\s*$/.test(html);

/** A link to a file beside the content, as opposed to a web address, an anchor or a page link. */
function isMissingFile(target: string, dir: string): boolean {
  if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target)) return false;
  const file = fileOf(target);
  return file !== '' && !existsSync(path.resolve(dir, file));
}

function fileOf(target: string): string {
  const file = target.replace(/[?#].*$/, '');
  try {
    return decodeURI(file);
  } catch {
    return file;
  }
}

const quote = (html: string) => `"${html.length > 60 ? `${html.slice(0, 57)}…` : html}"`;
