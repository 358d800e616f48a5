/**
 * Content v3 (quiz.assesses, issue 20): a module that names the competencies it judges must have enough
 * evidence behind every verdict. tests/fixtures/content/assessed/base/ lays a bank written to the rules over
 * the valid course; each other folder there lays one fault over that.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { compileModule, loadCheckedCourse } from '../../../src/content/index.ts';
import { fewestQuestionsToJudge } from '../../../src/content/validate.ts';
import { checkFormCues, clauseCount, stemOverlap } from '../../../src/content/form-cues.ts';
import { problemsOf, repoRoot, validCourseDir } from './content-fixtures.ts';

const assessedDir = path.join(repoRoot, 'tests/fixtures/content/assessed');
const bankFile = '01-houseplant-basics/questions.yaml';
const metaFile = '01-houseplant-basics/module.yaml';

function assessedCourse(fault?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `imh-assessed-${fault ?? 'base'}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(validCourseDir, dir, { recursive: true });
  cpSync(path.join(assessedDir, 'base'), dir, { recursive: true });
  if (fault) cpSync(path.join(assessedDir, fault), dir, { recursive: true });
  return dir;
}

it('a bank written to the rules loads, and its module knows what it assesses', () => {
  const dir = assessedCourse();
  const { course } = loadCheckedCourse(dir, dir);
  expect(compileModule(course, course.modules[0]!).quiz).toMatchObject({
    assesses: ['D1.1', 'D1.2', 'D2.1'],
    review: 'afterPass',
  });
});

interface Fault {
  fault: string;
  file: string;
  lineHolds: string;
  message: string;
}

const faults: Fault[] = [
  {
    fault: 'three-competencies',
    file: bankFile,
    lineHolds: 'competencies: [D1.1, D2.1, D1.2]',
    message: 'question "winter-watering" counts for 3 competencies; a question may count for 1 or 2',
  },
  {
    fault: 'small-pool',
    file: metaFile,
    lineHolds: 'assesses: [D1.1, D1.2, D2.1]',
    message:
      'competency D1.2 has 7 question(s) in questions.yaml; an attempt draws 3 on it, so its pool needs at least 8',
  },
  {
    fault: 'few-applied',
    file: bankFile,
    lineHolds: 'questions:',
    message: '6 of 12 questions are applied (level L2 or type scenario); at least 70%',
  },
  {
    fault: 'too-few-per-attempt',
    file: metaFile,
    lineHolds: 'questionsPerAttempt: 4',
    message:
      'questionsPerAttempt is 4, too few to draw 3 questions on each of D1.1, D1.2, D2.1: it needs at least 5',
  },
  {
    // the careful multi-part key: bounded like the length cue (issue 20)
    fault: 'form-cue-clauses',
    file: bankFile,
    lineHolds: '- id: ',
    message: 'the correct option is strictly the one with the most clauses',
  },
  {
    fault: 'unknown-assessed',
    file: metaFile,
    lineHolds: 'assesses: [D1.1, D1.2, D2.1, D9.9]',
    message: 'unknown competency id "D9.9"',
  },
];

it.each(faults)('$fault: reported at $file with the line to fix', ({ fault, file, lineHolds, message }) => {
  const dir = assessedCourse(fault);

  const problems = problemsOf(() => loadCheckedCourse(dir, dir));

  const problem = problems.find((p) => p.message.includes(message));
  expect(problem, JSON.stringify(problems)).toMatchObject({ file });
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  expect(lines[problem!.line - 1]).toContain(lineHolds);
});

it('counts a question tagged with two competencies for both when finding the fewest to judge', () => {
  const both = { competencies: ['D1.1', 'D1.2'] };
  expect(fewestQuestionsToJudge([both, both, both], ['D1.1', 'D1.2'])).toBe(3);
  expect(fewestQuestionsToJudge([both, both], ['D1.1', 'D1.2'])).toBeUndefined();
});

it('a course without review: chooses afterPass, and without assesses keeps the old checks', () => {
  const { course } = loadCheckedCourse(validCourseDir, validCourseDir);
  const quiz = compileModule(course, course.modules[0]!).quiz;
  expect(quiz.review).toBe('afterPass');
  expect(quiz).not.toHaveProperty('assesses');
});

it('the valid bank, without quiz.assesses, reports the new cues but is not held to them', () => {
  const { course } = loadCheckedCourse(validCourseDir, validCourseDir);
  const { report } = checkFormCues(course.modules[0]!);
  expect(report).toHaveProperty('correctMostClauses');
  expect(report).toHaveProperty('correctMostOverlap');
});

it('counts clauses by commas, semicolons, "and" and "then", and stem words an option repeats', () => {
  expect(clauseCount('Acknowledge the feeling, then wonder aloud and act')).toBe(4);
  expect(clauseCount('Wait; watch')).toBe(2);
  expect(clauseCount('Handed over')).toBe(1);
  expect(stemOverlap('How should you record the baby’s weight?', 'Record the weight in the notes')).toBe(2);
  expect(stemOverlap('How should you record it?', 'Ask the mother')).toBe(0);
});
