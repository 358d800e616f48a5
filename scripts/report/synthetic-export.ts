/**
 * A large Moodle 4.5 SCORM 1.2 Interactions report, made up, for the benchmark and the streaming tests: learners
 * answer a module's real question ids by a simple ability − difficulty model, retry until they pass (at most three
 * tries), and each row is written as Moodle writes it (tab-separated, four columns per interaction). Written as a
 * stream, so the generator itself needs little memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom, shuffled } from '../../src/assessment/random.ts';
import type { CourseModule, CourseQuestion } from './course/course-index.ts';

export interface SyntheticExportOptions {
  module: CourseModule;
  /** Stop adding learners once the export holds at least this many interactions. */
  interactions: number;
  questionsPerTry?: number;
  seed?: number;
}

const MAX_TRIES = 3;
const quote = (s: string) => (/\s/.test(s) ? `"${s}"` : s);

export async function writeSyntheticInteractionsExport(
  file: string,
  options: SyntheticExportOptions,
): Promise<{ learners: number; interactions: number }> {
  const { module } = options;
  const perTry = Math.min(options.questionsPerTry ?? 12, module.questions.length);
  const random = seededRandom(options.seed ?? 20261130);
  const difficulty = new Map(module.questions.map((q) => [q.id, random() * 2.4 - 1.2]));
  const columns = MAX_TRIES * perTry;
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  const header = [
    'Name',
    'Email address',
    'Attempt',
    'Started on',
    'Last accessed on',
    'Score',
    module.title,
  ];
  for (let n = 0; n < columns; n++)
    header.push(`Question ${n}`, `Response ${n}`, `Right answer ${n}`, `Result ${n}`);
  await write(header.map(quote).join('\t'));
  let learners = 0;
  let interactions = 0;
  while (interactions < options.interactions) {
    learners++;
    const ability = normal(random);
    const cells: string[] = [];
    let score = 0;
    for (let tryNumber = 1; tryNumber <= MAX_TRIES; tryNumber++) {
      let right = 0;
      for (const question of shuffled(module.questions, random).slice(0, perTry)) {
        const p = 1 / (1 + Math.exp(-(ability + 0.5 * (tryNumber - 1) - difficulty.get(question.id)!)));
        const correct = random() < p;
        if (correct) right++;
        cells.push(
          // As the course writes ids now: the question's version when the course index knows it.
          `${question.id}${question.version ? `_v${question.version}` : ''}-attempt-${tryNumber}`,
          (correct ? key(question) : wrongResponse(question, random)).join(','),
          key(question).join(','),
          correct ? 'correct' : 'wrong',
        );
        interactions++;
      }
      score = Math.round((right / perTry) * 10000) / 100;
      if (score >= module.passMark) break;
    }
    const id = String(learners).padStart(6, '0');
    const minute = learners % 60;
    const when = `"Monday, 30 November 2026, ${1 + (Math.floor(learners / 60) % 11)}:${String(minute).padStart(2, '0')} AM"`;
    await write(
      [`"Learner ${id}"`, `learner${id}@example.com`, '1', when, when, String(score), String(score), ...cells]
        .concat(Array(columns * 4 - cells.length).fill(''))
        .join('\t'),
    );
  }
  out.end();
  await once(out, 'finish');
  return { learners, interactions };
}

function key(question: CourseQuestion): string[] {
  return question.type === 'ordering'
    ? question.options.map((o) => o.id)
    : question.options.filter((o) => o.keyedCorrect).map((o) => o.id);
}

/** The kinds of wrong answer real learners give: a tempting distractor, a missing option, two steps swapped. */
function wrongResponse(question: CourseQuestion, random: () => number): string[] {
  const right = key(question);
  if (question.type === 'ordering') return [right[1]!, right[0]!, ...right.slice(2)];
  if (question.type === 'multiple')
    return right.length > 1 ? right.slice(1) : [...right, wrongOption(question, random)];
  return [wrongOption(question, random)];
}

function wrongOption(question: CourseQuestion, random: () => number): string {
  const wrong = question.options.filter((o) => !o.keyedCorrect);
  // One distractor draws most wrong answers, as in real cohorts.
  return (random() < 0.6 ? wrong[0] : wrong[Math.floor(random() * wrong.length)])?.id ?? 'z';
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
