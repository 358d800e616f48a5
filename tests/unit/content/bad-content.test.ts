/**
 * Bad content fails the build with file, line and the problem: one fixture per kind of fault, each the valid
 * course with one file replaced (tests/fixtures/content/bad/<kind>/), each reported as exactly one problem.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadCheckedCourse } from '../../../src/content/index.ts';
import { blockFaults } from './block-faults.ts';
import { courseWithFault, faultKinds, problemsOf } from './content-fixtures.ts';

const moduleDir = '01-houseplant-basics';

interface Fault {
  kind: string;
  /** relative to the course folder */
  file: string;
  line: number;
  /** what the offending line holds: checks that `line` is the line an author would go to */
  lineHolds: string | RegExp;
  message: string;
}

const faults: Fault[] = [
  ...blockFaults,
  {
    kind: 'schema-wrong-type',
    file: `${moduleDir}/pages/04-soil-and-pots.md`,
    line: 4,
    lineHolds: 'teaches: D1.1',
    message: '"teaches" Invalid input: expected array, received string',
  },
  {
    kind: 'schema-missing-key',
    file: 'references.yaml',
    line: 5,
    lineHolds: '- id: moss2015',
    message: '"references.1.apa" is required',
  },
  {
    kind: 'unknown-competency',
    file: `${moduleDir}/pages/05-warning-signs.md`,
    line: 4,
    lineHolds: 'teaches: [D2.1, D9.9]',
    message: 'unknown competency id "D9.9"',
  },
  {
    kind: 'duplicate-question-id',
    file: `${moduleDir}/questions.yaml`,
    line: 169,
    lineHolds: '- id: sign-soft-stem',
    message: 'duplicate question id "sign-soft-stem"',
  },
  {
    kind: 'duplicate-page-id',
    file: `${moduleDir}/pages/06-routine.md`,
    line: 2,
    lineHolds: 'id: light',
    message: `duplicate page id "light" (also in ${moduleDir}/pages/02-light.md)`,
  },
  {
    kind: 'unresolved-glossary-link',
    file: `${moduleDir}/pages/03-watering.md`,
    line: 39,
    lineHolds: '[[drainage-holes]]',
    message: 'glossary link [[drainage-holes]] does not match any term',
  },
  {
    // on the second line of a folded (>-) glossary definition
    kind: 'unresolved-citation',
    file: 'glossary.yaml',
    line: 9,
    lineHolds: '[@nobody2000]',
    message: 'citation [@nobody2000] does not match any entry',
  },
  {
    // on the second line of a literal (|) practice vignette in the front matter
    kind: 'unresolved-page-link',
    file: `${moduleDir}/pages/02-light.md`,
    line: 11,
    lineHolds: '(#page:kitchen)',
    message: 'page link #page:kitchen does not match any page id',
  },
  {
    kind: 'no-correct-answer',
    file: `${moduleDir}/questions.yaml`,
    line: 169,
    lineHolds: '- id: sign-insects',
    message: 'question "sign-insects" has no correct answer',
  },
  {
    kind: 'unknown-question-type',
    file: `${moduleDir}/questions.yaml`,
    line: 170,
    lineHolds: 'type: essay',
    message: 'unknown question type (expected one of: single, multiple, true-false, scenario, ordering)',
  },
  {
    kind: 'invalid-yaml',
    file: 'glossary.yaml',
    line: 12,
    lineHolds: 'definition: Roots that: turn soft',
    message: 'invalid YAML: Nested mappings are not allowed',
  },
  {
    kind: 'coverage',
    file: 'competencies.yaml',
    line: 20,
    lineHolds: '- id: D2.2',
    message: 'competency D2.2 is assessed by 0 question(s) across the course; at least 3 are needed',
  },
  {
    // a page-wide problem: reported on the first line after the front matter
    kind: 'editorial',
    file: `${moduleDir}/pages/05-warning-signs.md`,
    line: 10,
    lineHolds: /^$/,
    message: 'page has 40 words; 150–350 expected',
  },
  {
    // the paragraph follows two blank lines, which must not throw the count off
    kind: 'uncited-statistic',
    file: `${moduleDir}/pages/04-soil-and-pots.md`,
    line: 21,
    lineHolds: '40% said',
    message: 'a figure or statistic with no citation in its paragraph',
  },
  // Form cues (issue 11): the answer must not be guessable from the shape of the options.
  {
    // the valid bank already has the key longest in 4 of 8 two-option items, the most 50% + 10 points allows
    kind: 'form-cue-longest',
    file: `${moduleDir}/questions.yaml`,
    line: 138,
    lineHolds: '- id: sign-soft-stem',
    message:
      '"sign-soft-stem": the correct option is strictly the longest (by 17 characters); the key is the longest option in 5 of 8',
  },
  {
    kind: 'form-cue-shortest',
    file: `${moduleDir}/questions.yaml`,
    line: 47,
    lineHolds: '- id: winter-watering',
    message:
      'the correct option is strictly the shortest (by 16 characters); the key is the shortest option in 5 of 8',
  },
  {
    // keys lengthened where they were already the longest: the counts stay within bounds, the ratio does not
    kind: 'form-cue-length-ratio',
    file: `${moduleDir}/questions.yaml`,
    line: 91,
    lineHolds: '- id: light-cactus',
    message: 'correct options average 63 characters and wrong ones 40 (ratio 1.58, 0.85–1.2 expected)',
  },
  {
    kind: 'true-false-balance',
    file: `${moduleDir}/questions.yaml`,
    line: 16,
    lineHolds: '- id: water-thoroughly',
    message: 'true/false: 0 of 2 items are keyed False; at least a third (1) should be',
  },
  {
    kind: 'multiple-all-correct',
    file: `${moduleDir}/questions.yaml`,
    line: 106,
    lineHolds: '- id: light-signs',
    message: '"light-signs": every option is correct',
  },
  {
    kind: 'multiple-same-count',
    file: `${moduleDir}/questions.yaml`,
    line: 106,
    lineHolds: '- id: light-signs',
    message: 'all 3 multiple-response items have 2 correct option(s)',
  },
  {
    kind: 'absolute-word-distractor',
    file: `${moduleDir}/questions.yaml`,
    line: 88,
    lineHolds: 'It always stays',
    message: '"light-distance" option b: the distractor says "always"',
  },
  {
    kind: 'of-the-above',
    file: `${moduleDir}/questions.yaml`,
    line: 121,
    lineHolds: 'Both of the above',
    message: '"light-signs": "Both of the above" rewards counting options',
  },
  {
    // on the second line of a literal (|) vignette
    kind: 'cross-item-reference',
    file: `${moduleDir}/questions.yaml`,
    line: 157,
    lineHolds: 'Later in the same visit',
    message: '"sign-yellow-leaves": "Later in the same visit" leans on another item',
  },
  {
    kind: 'level-not-allowed',
    file: `${moduleDir}/questions.yaml`,
    line: 80,
    lineHolds: 'level: L2',
    message: 'level L2 is not one that D1.2 (L1) allows in competencies.yaml',
  },
  // The reference list (issue 12): every entry cited, entries in alphabetical order of their APA text.
  {
    kind: 'uncited-reference',
    file: 'references.yaml',
    line: 8,
    lineHolds: '- id: potts2019',
    message: 'reference "potts2019" is not cited anywhere in the course: cite it as [@potts2019]',
  },
  {
    // D1.2 is assessed but (with two of its questions moved to D2.1) only two questions carry it
    kind: 'judges-too-few',
    file: `${moduleDir}/module.yaml`,
    line: 17,
    lineHolds: 'judges: [D1.1, D1.2]',
    message:
      'D1.2 is judged but only 2 question(s) in the bank are tagged with it: a verdict needs 3 in every attempt, so tag more questions with it or stop judging it',
  },
  {
    kind: 'author-note',
    file: `${moduleDir}/pages/02-light.md`,
    line: 30,
    lineHolds: 'Our source is a blog',
    message:
      '"Our source is" reads as a note to authors, not text for learners: rewrite the sentence for the learner or move the note out of the course',
  },
  {
    kind: 'glossary-order',
    file: 'glossary.yaml',
    line: 9,
    lineHolds: 'term: Drainage',
    message: 'glossary terms are sorted alphabetically: move "Drainage" to just after "Dormancy"',
  },
  {
    kind: 'references-order',
    file: 'references.yaml',
    line: 9,
    lineHolds: '- id: moss2015',
    message: 'references are sorted alphabetically by APA entry: move "moss2015" to just after "green2018"',
  },
  {
    // a second module (a copy of the first with its own ids and names) where Priya turns up again
    kind: 'repeated-person',
    file: '02-more-houseplants/questions.yaml',
    line: 35,
    lineHolds: "Priya's new plant",
    message: `"Priya" is a person in ${moduleDir} (${moduleDir}/questions.yaml:35) and again in 02-more-houseplants`,
  },
  // Author input (issue 13): files that are not there, HTML where Markdown belongs, clashing module numbers.
  {
    kind: 'missing-image',
    file: `${moduleDir}/pages/02-light.md`,
    line: 32,
    lineHolds: '![A fern on a bright windowsill](images/fern-windowsill.png)',
    message: `image "images/fern-windowsill.png" points to a file that does not exist (looked for ${moduleDir}/pages/images/fern-windowsill.png)`,
  },
  {
    kind: 'missing-img-src',
    file: `${moduleDir}/pages/02-light.md`,
    line: 33,
    lineHolds: '<img src="media/window.png"',
    message: 'image "media/window.png" points to a file that does not exist',
  },
  {
    kind: 'missing-link-file',
    file: `${moduleDir}/questions.yaml`,
    line: 14,
    lineHolds: '[the care sheet](care-sheet.pdf)',
    message: `link "care-sheet.pdf" points to a file that does not exist (looked for ${moduleDir}/care-sheet.pdf)`,
  },
  {
    kind: 'raw-html-block',
    file: `${moduleDir}/pages/02-light.md`,
    line: 32,
    lineHolds: '<div class="tip">',
    message:
      'raw HTML "<div class="tip">Move a struggling plant one step closer …" is only allowed inside <figure>…</figure>',
  },
  {
    // one problem for the element, none for its closing tag
    kind: 'raw-html-inline',
    file: `${moduleDir}/questions.yaml`,
    line: 14,
    lineHolds: '<b>Check the soil</b>',
    message: 'raw HTML "<b>" is only allowed inside <figure>…</figure>',
  },
  {
    // a second module folder numbered 01 (a copy of the valid module)
    kind: 'duplicate-module-number',
    file: '01-houseplant-extra/module.yaml',
    line: 1,
    lineHolds: 'title: Houseplant basics',
    message: 'module folders 01-houseplant-basics and 01-houseplant-extra share the number 01',
  },
];

it('every fixture in tests/fixtures/content/bad/ has a case here', () => {
  expect(faults.map((f) => f.kind).sort()).toEqual(faultKinds);
});

it.each(faults)('$kind: $file:$line', ({ kind, file, line, lineHolds, message }) => {
  const courseDir = courseWithFault(kind);

  const problems = problemsOf(() => loadCheckedCourse(courseDir, courseDir)).filter(
    // With one module, a competency it assesses on too few questions is also too few across the course.
    (problem) => kind !== 'judges-too-few' || problem.file !== 'competencies.yaml',
  );

  expect(problems).toEqual([{ file, line, message: expect.stringContaining(message) }]);
  const lines = readFileSync(path.join(courseDir, file), 'utf8').split('\n');
  expect(lines[line - 1]).toMatch(lineHolds);
});
