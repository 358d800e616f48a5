// @vitest-environment happy-dom
/**
 * A branching scenario in a whole course: the valid fixture course with a scenario placed on a page
 * (tests/fixtures/content/scenario/) passes and compiles, and each fault laid over it
 * (tests/fixtures/content/bad-scenario/<kind>/) fails the build as exactly one problem, at the line an author
 * would go to, saying what to do.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import type { CompiledScenario } from '../../../src/content/compiled.ts';
import { compileModule, loadCheckedCourse } from '../../../src/content/index.ts';
import { checkRepeatedPeople, nameFilters, peopleInModule } from '../../../src/content/people-names.ts';
import { problemsOf, repoRoot, validCourseDir } from './content-fixtures.ts';

const fixtures = path.join(repoRoot, 'tests/fixtures/content');
const faultsDir = path.join(fixtures, 'bad-scenario');
const moduleDir = '01-houseplant-basics';
const scenarioFile = `${moduleDir}/scenarios/repotting.yaml`;

/** The valid course with the scenario overlay, and a fault's files over that. */
function courseWith(fault?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `imh-scenario-${fault ?? 'valid'}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(validCourseDir, dir, { recursive: true });
  cpSync(path.join(fixtures, 'scenario'), dir, { recursive: true });
  if (fault) cpSync(path.join(faultsDir, fault), dir, { recursive: true });
  return dir;
}

interface Fault {
  kind: string;
  file: string;
  line: number;
  /** what the offending line holds */
  lineHolds: string | RegExp;
  message: string;
}

const faults: Fault[] = [
  {
    kind: 'scenario-ref-unknown',
    file: `${moduleDir}/pages/05-warning-signs.md`,
    line: 6,
    lineHolds: 'ref: re-potting',
    message:
      'no scenario "re-potting" in this module\'s scenarios folder: add scenarios/re-potting.yaml, or correct the ref',
  },
  {
    kind: 'scenario-placed-twice',
    file: `${moduleDir}/pages/05-warning-signs.md`,
    line: 6,
    lineHolds: 'ref: repotting',
    message: `scenario "repotting" is already placed on ${moduleDir}/pages/04-soil-and-pots.md: place it once`,
  },
  {
    kind: 'scenario-on-no-page',
    file: scenarioFile,
    line: 1,
    lineHolds: 'id: repotting',
    message:
      'scenario "repotting" is on no page: add { type: scenario, ref: repotting } to a page\'s activities',
  },
  {
    kind: 'scenario-duplicate-id',
    file: `${moduleDir}/scenarios/repotting2.yaml`,
    line: 1,
    lineHolds: 'id: repotting',
    message: `duplicate scenario id "repotting" (also in ${scenarioFile}): scenario ids are unique in the course`,
  },
  {
    kind: 'scenario-unknown-competency',
    file: scenarioFile,
    line: 8,
    lineHolds: 'competencies: [D1.1, D9.9]',
    message: 'unknown competency "D9.9": use an id from competencies.yaml, or add it there',
  },
  {
    kind: 'scenario-start-missing',
    file: scenarioFile,
    line: 9,
    lineHolds: 'start: arrive',
    message:
      'start "arrive" is not a node of this scenario: name the id of the node the story begins at (e.g. "arrival")',
  },
  {
    kind: 'scenario-next-missing',
    file: scenarioFile,
    line: 42,
    lineHolds: 'next: waterr',
    message: '"waterr" is not a node of this scenario: name one of its node ids',
  },
  {
    kind: 'scenario-unreachable-node',
    file: scenarioFile,
    line: 72,
    lineHolds: '- id: wilted',
    message: 'node "wilted" cannot be reached from the start "arrival": point a choice at it, or remove it',
  },
  {
    kind: 'scenario-loop',
    file: scenarioFile,
    line: 51,
    lineHolds: 'next: roots',
    message:
      'a choice at "pot" leads back to "roots", and the story could go round forever: a scenario goes forward, so send that choice on to a later node',
  },
  {
    kind: 'scenario-too-few-decisions',
    file: scenarioFile,
    line: 9,
    lineHolds: 'start: arrival',
    message:
      'the path arrival → roots → thriving passes only 2 decision(s); every path from the start to an end needs at least 3: add a decision on that path',
  },
  {
    kind: 'scenario-too-many-choices',
    file: scenarioFile,
    line: 56,
    lineHolds: '- text: Let it dry out',
    message: '"nodes.4.choices" a decision needs 2–4 choices: remove one, or split the decision in two',
  },
  {
    kind: 'scenario-choice-without-consequence',
    file: scenarioFile,
    line: 56,
    lineHolds: '- text: Let it dry out',
    message: '"nodes.4.choices.0.consequence" is required',
  },
  {
    kind: 'scenario-end-with-choices',
    file: scenarioFile,
    line: 65,
    lineHolds: '- text: Repot it again',
    message: 'node "thriving" is an end (end: true) but has choices: remove them, or remove "end"',
  },
  {
    kind: 'scenario-end-without-debrief',
    file: scenarioFile,
    line: 72,
    lineHolds: '- id: drowning',
    message:
      'end node "drowning" needs "outcome" (good, mixed or poor) and a "debrief" that ties the path to the competencies',
  },
  {
    kind: 'scenario-outcome-not-end',
    file: scenarioFile,
    line: 44,
    lineHolds: '- id: pot',
    message:
      'node "pot" has an outcome or debrief but is not an end: add "end: true", or move them to an end node',
  },
  {
    kind: 'scenario-duplicate-node',
    file: scenarioFile,
    line: 76,
    lineHolds: '- id: thriving',
    message: 'duplicate node id "thriving": give each node its own id',
  },
  {
    // learner text is never HTML: the scenario's text goes through the same checks as every other text
    kind: 'scenario-raw-html',
    file: scenarioFile,
    line: 58,
    lineHolds: '<b>slowly</b>',
    message: 'raw HTML "<b>" is only allowed inside <figure>…</figure>',
  },
  {
    kind: 'scenario-unresolved-glossary-link',
    file: scenarioFile,
    line: 22,
    lineHolds: '[[draining]]',
    message: 'glossary link [[draining]] does not match any term in glossary.yaml',
  },
  {
    kind: 'scenario-author-note',
    file: scenarioFile,
    line: 58,
    lineHolds: 'TODO check this',
    message: '"TODO" reads as a note to authors, not text for learners',
  },
];

it('every fixture in tests/fixtures/content/bad-scenario/ has a case here', () => {
  expect(faults.map((f) => f.kind).sort()).toEqual(readdirSync(faultsDir).sort());
});

it.each(faults)('$kind: $file:$line', ({ kind, file, line, lineHolds, message }) => {
  const courseDir = courseWith(kind);
  const problems = problemsOf(() => loadCheckedCourse(courseDir, courseDir));
  expect(problems).toEqual([{ file, line, message: expect.stringContaining(message) }]);
  const lines = readFileSync(path.join(courseDir, file), 'utf8').split('\n');
  expect(lines[line - 1]).toMatch(lineHolds);
});

it('compiles a placed scenario with its Markdown rendered like the pages, and marks its page for the extras', () => {
  const courseDir = courseWith();
  const { course } = loadCheckedCourse(courseDir, courseDir);
  const page = compileModule(course, course.modules[0]!).pages.find((p) => p.id === 'soil-and-pots')!;
  expect(page.extras).toBe(true);
  const scenario = page.activities[0] as CompiledScenario;
  expect(scenario).toMatchObject({
    type: 'scenario',
    id: 'repotting',
    start: 'arrival',
    people: [
      { name: 'Ines', description: 'who has kept the same fern on her kitchen windowsill for ten years' },
    ],
    competencies: [
      { id: 'D1.1', statement: 'Water a plant when it needs it, in a pot that drains.' },
      { id: 'D2.1', statement: expect.stringContaining('early signs') },
    ],
  });
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const arrival = byId.get('arrival')!;
  if (!('choices' in arrival)) throw new Error('arrival is a decision');
  // a glossary term and a citation, expanded as on a page
  expect(arrival.choices[1]!.consequenceHtml).toContain('<a class="term" href="#term-drainage"');
  expect(byId.get('soil')!.html).toContain('Green &amp; Leaf, 2018');
  expect(byId.get('settling')).toMatchObject({
    end: true,
    outcome: 'mixed',
    html: '<p>The fern lives, but grows slowly.</p>',
  });
  // an end may go straight to its debrief
  expect(byId.get('thriving')).toMatchObject({ end: true, outcome: 'good', html: '' });
  expect(scenario.contentNoteHtml).toContain('may not survive');
});

it("counts a scenario's people as the module's: a name listed there may not be used by another module", () => {
  const courseDir = courseWith();
  const { course } = loadCheckedCourse(courseDir, courseDir);
  const [first] = course.modules;
  expect(peopleInModule(first!, nameFilters(course)).get('Ines')).toEqual({ file: scenarioFile, line: 6 });
  // a second module whose only text is the same scenario
  const second = {
    ...first!,
    slug: '02-more-houseplants',
    pages: [],
    questions: { ...first!.questions, value: [] },
  };
  expect(checkRepeatedPeople({ ...course, modules: [first!, second] })).toEqual([
    expect.objectContaining({
      file: scenarioFile,
      line: 6,
      message: expect.stringMatching(
        /^"Ines" is a person in 01-houseplant-basics \(.*:6\) and again in 02-more/,
      ),
    }),
  ]);
});
