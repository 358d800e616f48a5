/**
 * Two editorial checks on what the learner reads. Notes to authors ("our source is the slides", "last checked
 * for this course") are about how the course was written, not about practice, and must not reach a learner.
 * The glossary is promised in alphabetical order of its terms, so an author adding one knows where it goes.
 */
import type { LoadedCourse } from './load.ts';
import type { ContentProblem } from './problems.ts';
import { textFields } from './text-fields.ts';
import type { YamlSource } from './yaml-source.ts';

/** Phrases that speak to authors or about the writing of the course; matched case-insensitively. */
export const authorNotePhrases = [
  'our source is',
  'last checked for this course',
  'used in writing this course',
  'note to author',
  'note to self',
  'todo',
  'tbc',
  'fixme',
  'check this',
  'lorem ipsum',
] as const;

const notePattern = new RegExp(
  `\\b(${authorNotePhrases.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`,
  'i',
);

export function checkAuthorNotes(course: LoadedCourse): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const found = (file: string, line: number, phrase: string) =>
    problems.push({
      file,
      line,
      message: `"${phrase}" reads as a note to authors, not text for learners: rewrite the sentence for the learner or move the note out of the course`,
    });
  const inYaml = (source: YamlSource, value: unknown, path: (string | number)[] = []) => {
    for (const field of textFields(value, path)) {
      const match = notePattern.exec(field.text);
      if (match) found(source.file, source.lineOfText(field.path, match[0], 0), match[0]);
    }
  };
  for (const module of course.modules) {
    inYaml(module.meta.source, module.meta.value);
    inYaml(module.questions.source, module.questions.value, ['questions']);
    for (const scenario of module.scenarios) inYaml(scenario.source, scenario.value);
    for (const page of module.pages) {
      inYaml(page.source, page.frontMatter);
      const match = notePattern.exec(page.body);
      if (match)
        found(page.file, page.bodyLine + page.body.slice(0, match.index).split('\n').length - 1, match[0]);
    }
  }
  inYaml(course.glossary.source, course.glossary.value);
  inYaml(course.course.source, course.course.value);
  return problems;
}

/** Glossary terms in alphabetical order, ignoring case and accents ("Child–parent …" before "Childhood …"). */
export const compareTerms = (a: string, b: string): number =>
  a.localeCompare(b, 'en-GB', { sensitivity: 'base', ignorePunctuation: true });

export function checkGlossaryOrder(course: LoadedCourse): ContentProblem[] {
  const { value, source } = course.glossary;
  const problems: ContentProblem[] = [];
  value.terms.forEach((entry, i) => {
    const previous = value.terms[i - 1];
    if (previous && compareTerms(previous.term, entry.term) > 0) {
      const after = [...value.terms].sort((a, b) => compareTerms(a.term, b.term));
      const before = after[after.indexOf(entry) - 1];
      problems.push({
        file: source.file,
        line: source.lineOf(['terms', i, 'term']),
        message: `glossary terms are sorted alphabetically: move "${entry.term}" ${before ? `to just after "${before.term}"` : 'to the top of the list'}`,
      });
    }
  });
  return problems;
}
