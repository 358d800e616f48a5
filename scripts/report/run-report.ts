/**
 * The report from start to end, as named steps: load the course, read every file (streamed), analyse, and
 * write the HTML page and the JSON figures. Shared by the command line and the benchmark.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { achievedThreshold } from '../../src/assessment/scoring.ts';
import { CohortAnalysis } from './analysis/cohort-analysis.ts';
import type { CourseIndex } from './course/course-index.ts';
import type { CohortReport, InputSummary } from './figures.ts';
import { formatNames } from './read/attempt-record.ts';
import type { GradebookExport } from './read/gradebook.ts';
import { readExport } from './read/read-export.ts';
import { writeJsonFile } from './render/json-file.ts';
import { renderReportPage } from './render/report-page.ts';
import { itemThresholds } from './stats/item-judgement.ts';

export async function buildCohortReport(
  files: readonly string[],
  course: CourseIndex,
  now = new Date(),
): Promise<CohortReport> {
  const analysis = new CohortAnalysis(course);
  const inputs: InputSummary[] = [];
  const gradebooks: GradebookExport[] = [];
  const modulesSeen = new Set<string>();
  for (const file of files) {
    const read = await readExport(file, course, analysis.add);
    if (read.kind === 'gradebook') {
      gradebooks.push(read.gradebook);
      const modules = [...new Set(read.gradebook.activities.flatMap((a) => (a.module ? [a.module] : [])))];
      modules.forEach((m) => modulesSeen.add(m));
      const unmatched = read.gradebook.activities.filter((a) => !a.module);
      inputs.push({
        file,
        format: 'moodle-gradebook',
        formatName: 'Moodle gradebook export',
        scormVersion: undefined,
        modules,
        rows: read.gradebook.learners.length,
        answers: 0,
        notices: unmatched.length
          ? [
              `Columns not matched to a module, so not shown: ${unmatched.map((a) => `"${a.name}"`).join(', ')}.`,
            ]
          : [],
      });
      continue;
    }
    const { source } = read;
    const duplicates = analysis.duplicateNotice(source);
    if (duplicates) source.notices.push(duplicates);
    source.modules.forEach((m) => modulesSeen.add(m));
    inputs.push({
      file,
      format: source.format,
      formatName: formatNames[source.format],
      scormVersion: source.scormVersion,
      modules: source.modules,
      rows: source.rows,
      answers: source.answers,
      notices: source.notices,
    });
  }
  const { modules, warnings } = analysis.finish(gradebooks, modulesSeen);
  return {
    generatedAt: now.toISOString(),
    course: { id: course.id, title: course.title, version: course.version },
    inputs,
    warnings,
    thresholds: {
      passMarkNote: 'Each module’s pass mark is in its module.yaml (quiz.passMark).',
      achievedPercent: achievedThreshold,
      tooEasy: itemThresholds.tooEasy,
      tooHard: itemThresholds.tooHard,
      nearZeroDiscrimination: itemThresholds.nearZeroDiscrimination,
      minAnswersForFacility: itemThresholds.minAnswersForFacility,
      minAnswersForDiscrimination: itemThresholds.minAnswersForDiscrimination,
    },
    modules,
  };
}

export async function writeCohortReport(
  report: CohortReport,
  outDir: string,
): Promise<{ htmlFile: string; jsonFile: string }> {
  await mkdir(outDir, { recursive: true });
  const htmlFile = path.join(outDir, 'cohort-report.html');
  const jsonFile = path.join(outDir, 'cohort-report.json');
  await writeFile(htmlFile, renderReportPage(report));
  await writeJsonFile(jsonFile, report);
  return { htmlFile, jsonFile };
}
