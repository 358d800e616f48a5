/**
 * Stable option ids for the knowledge check (issue 20): each option's id is derived at build time from its
 * question's id and its own text, so no letter or position predicts the key (authors tend to write the key as
 * "a"), and the same option keeps its id from build to build while its text stays the same. One character from
 * 0-9a-z, which is what SCORM 1.2 accepts in a choice response.
 */
import { fnv1a } from '../state/fnv1a.ts';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The ids for one question's options, in the order given; unique within the question. */
export function stableOptionIds(questionId: string, optionTexts: readonly string[]): string[] {
  if (optionTexts.length > alphabet.length) throw new Error(`"${questionId}" has more options than ids`);
  const hashOf = (text: string, probe: number) => fnv1a(`${questionId}\u0000${text}\u0000${probe}`);
  // Clashes are settled in the order of the texts' hashes, never in the order the author wrote the options.
  const settling = optionTexts
    .map((text, i) => ({ text, i, hash: hashOf(text, 0) }))
    .sort((a, b) => a.hash - b.hash || a.text.localeCompare(b.text) || a.i - b.i);
  const ids: string[] = [];
  const used = new Set<string>();
  for (const { text, i } of settling) {
    let probe = 0;
    let id = alphabet[hashOf(text, probe) % alphabet.length]!;
    while (used.has(id)) id = alphabet[hashOf(text, ++probe) % alphabet.length]!;
    used.add(id);
    ids[i] = id;
  }
  return ids;
}

/** Four base-36 characters that change whenever a question's stem, options or keys do. */
export function questionVersion(question: {
  stemText: string;
  options: readonly { html: string; correct: boolean }[];
}): string {
  const text = [question.stemText, ...question.options.map((o) => `${o.correct ? '+' : '-'}${o.html}`)].join(
    '\u0000',
  );
  return (fnv1a(text) % 36 ** 4).toString(36).padStart(4, '0');
}
