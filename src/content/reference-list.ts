/**
 * The course-wide reference list stays the list a reader expects: every entry is cited somewhere in the
 * course, and the entries are in alphabetical order of their APA text (so an author adding one knows where
 * it goes, and a duplicate sits next to its twin).
 */
import type { Located } from './load.ts';
import type { ContentProblem } from './problems.ts';
import type { References } from './schema.ts';

/**
 * The text an APA entry is sorted by: lower case, accents dropped, leading markup (`*`, `[`, quotes) ignored.
 * Compared character by character, so the order is the same on every machine.
 */
export function apaSortKey(apa: string): string {
  return apa
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '');
}

export function checkReferenceList(
  references: Located<References>,
  citedIds: ReadonlySet<string>,
): ContentProblem[] {
  const { value, source } = references;
  const entries = value.references;
  const problems: ContentProblem[] = [];
  const lineOf = (i: number) => source.lineOf(['references', i, 'id']);

  entries.forEach((entry, i) => {
    if (!citedIds.has(entry.id))
      problems.push({
        file: source.file,
        line: lineOf(i),
        message: `reference "${entry.id}" is not cited anywhere in the course: cite it as [@${entry.id}] where the text relies on it, or remove the entry`,
      });
  });

  const keys = entries.map((e) => apaSortKey(e.apa));
  const sorted = entries.map((_, i) => i).sort((a, b) => compare(keys[a]!, keys[b]!) || a - b);
  const inPlace = longestSortedRun(keys);
  entries.forEach((entry, i) => {
    if (inPlace.has(i)) return;
    const before = sorted[sorted.indexOf(i) - 1];
    problems.push({
      file: source.file,
      line: lineOf(i),
      message: `references are sorted alphabetically by APA entry: move "${entry.id}" ${before === undefined ? 'to the top of the list' : `to just after "${entries[before]!.id}"`}`,
    });
  });
  return problems;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The indexes of the longest subsequence already in order: the entries that can stay. Moving only the
 * others is the fewest moves that sort the list, so each problem names an entry that really is misplaced.
 */
function longestSortedRun(keys: readonly string[]): Set<number> {
  const length = keys.map(() => 1);
  const previous = keys.map(() => -1);
  for (let i = 0; i < keys.length; i++)
    for (let j = 0; j < i; j++)
      if (compare(keys[j]!, keys[i]!) <= 0 && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
  const kept = new Set<number>();
  let i = length.indexOf(Math.max(...length));
  for (; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}
