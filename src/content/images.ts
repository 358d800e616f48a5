/**
 * A module's pictures: SVG files drawn for this course in `modules/NN-slug/images/`, shipped beside the SCO's
 * index.html as `images/<name>.svg` and shown with `<img>` (an SVG in an img element runs no script and fetches
 * nothing, but a file that tries to is a file that was not drawn here: it fails the build). Authors name them by
 * that same relative path: `cover: images/cover.svg`, a hotspots `image:`, a scenario person's `image:`.
 */
import type { ContentProblem } from './problems.ts';
import type { PathKey, YamlSource } from './yaml-source.ts';

export interface ModuleImage {
  /** as authors and the player name it: "images/cover.svg" */
  ref: string;
  /** the file, relative to the working folder (for problems) */
  file: string;
  data: Buffer;
}

/** An image path as authors write it. */
export const imageRef = /^images\/[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/;

/** Big enough for a flat illustration; a bigger file is most likely an export with embedded bitmaps. */
export const maxImageBytes = 16 * 1024;

const unsafe: [RegExp, string][] = [
  [/<script\b/i, 'a <script> element'],
  [/<foreignObject\b/i, 'a <foreignObject> element'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
  [/(?:xlink:)?href\s*=\s*["'](?!#)/i, 'a link to another file or site (href not starting with #)'],
  [/url\(\s*["']?(?!#)/i, 'a url() to another file or site'],
  [/@import\b/i, 'an @import'],
  [/<image\b/i, 'an embedded <image> (draw it as shapes instead)'],
];

/** Everything wrong with one image file, at its line. */
export function imageFileProblems(image: ModuleImage): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const text = image.data.toString('utf8');
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  if (!/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(text))
    problems.push({
      file: image.file,
      line: 1,
      message: 'not an SVG drawing: the file must start with <svg',
    });
  else if (!/<svg[^>]*\sviewBox\s*=/.test(text))
    problems.push({
      file: image.file,
      line: 1,
      message:
        'the <svg> has no viewBox: add one (e.g. viewBox="0 0 320 200") so the drawing scales to any screen',
    });
  for (const [pattern, what] of unsafe) {
    const found = pattern.exec(text);
    if (found)
      problems.push({
        file: image.file,
        line: lineAt(found.index),
        message: `the drawing holds ${what}; course images are self-contained shapes: remove it`,
      });
  }
  if (image.data.length > maxImageBytes)
    problems.push({
      file: image.file,
      line: 1,
      message: `the drawing is ${Math.ceil(image.data.length / 1024)} KB; at most ${maxImageBytes / 1024} KB (simplify the shapes or remove editor metadata)`,
    });
  return problems;
}

/**
 * Every `image` (and `cover`) value in a YAML document that names no file in the module's images folder, at its
 * line. Walks the whole value, so every kind of activity and scenario is covered by the one rule.
 */
export function imageReferenceProblems(
  value: unknown,
  source: YamlSource,
  images: ReadonlySet<string>,
  path: PathKey[] = [],
): ContentProblem[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => imageReferenceProblems(item, source, images, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = [...path, key];
    if ((key === 'image' || key === 'cover') && typeof item === 'string') {
      if (!imageRef.test(item))
        return [
          {
            file: source.file,
            line: source.lineOf(at),
            message: `"${item}" is not an image path: name a file in the module's images folder, e.g. "images/cover.svg"`,
          },
        ];
      if (!images.has(item))
        return [
          {
            file: source.file,
            line: source.lineOf(at),
            message: `"${item}" is not in the module's images folder: add the file, or correct the name`,
          },
        ];
      return [];
    }
    return imageReferenceProblems(item, source, images, at);
  });
}
