/**
 * npm run lint:content — validates modules/ and prints what each module holds against the content rules.
 * Exit code 1 with file:line problems when anything is wrong.
 */
import path from 'node:path';
import { evidenceReport } from '../src/assessment/evidence.ts';
import { checkContent } from '../src/content/content-check.ts';
import { loadCourse } from '../src/content/load.ts';
import { ContentError, formatProblem } from '../src/content/problems.ts';
import { validateCourse } from '../src/content/validate.ts';

const modulesDir = path.resolve(process.argv[2] ?? 'modules');

try {
  const course = loadCourse(modulesDir);
  const { reports, problems: editorial, warnings } = checkContent(course);
  const problems = [...validateCourse(course), ...editorial];
  console.log(
    'module                         pages  words/page (min–max)  vignettes  reflections  figures  questions',
  );
  for (const r of reports) {
    const words = r.words.length ? `${Math.min(...r.words)}–${Math.max(...r.words)}` : '–';
    console.log(
      `${r.slug.padEnd(30)} ${String(r.pages).padStart(5)}  ${words.padStart(20)}  ${String(r.practiceVignettes).padStart(9)}  ${String(r.reflections).padStart(11)}  ${String(r.figures).padStart(7)}  ${String(r.questions).padStart(9)}`,
    );
  }
  console.log('\nquestions per competency (course-wide):');
  for (const c of course.competencies.value.competencies) {
    const perModule = reports.map((r) => r.questionsPerCompetency[c.id] ?? 0);
    const total = perModule.reduce((a, b) => a + b, 0);
    console.log(`  ${c.id.padEnd(5)} ${String(total).padStart(3)}  (${perModule.join(' + ')})`);
  }
  console.log(
    '\nevidence per verdict (quiz.assesses or judges; * = not declared, every tagged competency shown; over 200 draws):',
  );
  console.log(
    'module                         competencies judged                min/attempt  pool ratio  applied',
  );
  for (const module of course.modules) {
    const quiz = module.meta.value.quiz;
    const judges = quiz.assesses ?? quiz.judges;
    // As the build compiles it: a question counts only for what the module judges.
    const bank = module.questions.value.map((q) => ({
      ...q,
      competencies: judges ? q.competencies.filter((c) => judges.includes(c)) : q.competencies,
      options: q.options.map((o) => ({ id: o.id, correct: 'correct' in o ? (o.correct ?? false) : false })),
    }));
    const e = evidenceReport(bank, quiz.questionsPerAttempt ?? bank.length, judges);
    const judged = `${e.judged.join(' ')}${e.declared ? '' : ' *'}`;
    console.log(
      `${module.slug.padEnd(30)} ${judged.padEnd(34)} ${String(e.minPerAttempt).padStart(11)}  ${e.poolRatio.toFixed(2).padStart(10)}  ${`${Math.round(e.appliedShare * 100)}%`.padStart(7)}`,
    );
  }
  console.log(
    '\nform cues (single-answer items: key strictly longest / shortest / most clauses / most stem words, key ÷ distractor length):',
  );
  console.log(
    'module                         single  longest  shortest  clauses  stem-words  ratio  T/F keyed T–F  multiple: correct counts  absolute-word distractors',
  );
  for (const { formCues: f } of reports) {
    const share = (n: number) => (f.singleAnswer ? `${Math.round((n / f.singleAnswer) * 100)}%` : '–');
    console.log(
      `${f.slug.padEnd(30)} ${String(f.singleAnswer).padStart(6)}  ${share(f.correctLongest).padStart(7)}  ${share(f.correctShortest).padStart(8)}  ${share(f.correctMostClauses).padStart(7)}  ${share(f.correctMostOverlap).padStart(10)}  ${(f.lengthRatio?.toFixed(2) ?? '–').padStart(5)}  ${`${f.keyedTrue}–${f.keyedFalse}`.padStart(13)}  ${(f.multipleCorrectCounts.join(' ') || '–').padStart(24)}  ${String(f.absoluteWordDistractors).padStart(25)}`,
    );
  }
  if (warnings.length > 0) {
    console.log(`\n${warnings.length} page-rule warning(s) (rules being adopted; not yet build errors):`);
    for (const w of warnings) console.log(`  ${formatProblem(w)}`);
  }
  if (problems.length > 0) throw new ContentError(problems);
  console.log('\nContent check passed.');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`\n${error.problems.length} content problem(s):`);
  for (const p of error.problems) console.error(`  ${formatProblem(p)}`);
  process.exitCode = 1;
}
