/**
 * npm run report -- <export files…>: the cohort report for trainers. Exit 0 with the report written (warnings
 * are printed and listed in the report), 1 when an input cannot be used, 2 for a wrong command line. Messages
 * name the file and say what to do; no stack traces.
 */
import path from 'node:path';
import { loadCourseIndex } from './course/course-index.ts';
import { InputError, UsageError } from './errors.ts';
import { readOptions, usage } from './options.ts';
import { buildCohortReport, writeCohortReport } from './run-report.ts';
import { preferSmallHeap } from './small-heap.ts';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

async function main(argv: readonly string[]): Promise<number> {
  const options = readOptions(argv, repositoryRoot);
  if (options.help) {
    console.log(usage);
    return 0;
  }
  preferSmallHeap();
  const course = loadCourseIndex(options.modulesDir);
  const report = await buildCohortReport(options.files, course);
  const { htmlFile, jsonFile } = await writeCohortReport(report, options.outDir);
  // The first sentence of each note; the report has them in full.
  for (const input of report.inputs)
    for (const notice of input.notices)
      console.log(`Note: ${path.basename(input.file)}: ${notice.split(/(?<=\.) /)[0]}`);
  for (const warning of report.warnings) console.warn(`Warning: ${warning}`);
  const modules = report.modules.map((m) => m.slug).join(', ') || 'none';
  console.log(
    `Read ${report.inputs.length} file${report.inputs.length === 1 ? '' : 's'} (modules: ${modules}).\n` +
      `Wrote ${path.relative(process.cwd(), htmlFile)}\n  and ${path.relative(process.cwd(), jsonFile)}`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`imh-report: ${error.message}\n\n${usage}`);
      process.exitCode = error.exitCode;
    } else if (error instanceof InputError) {
      console.error(`imh-report: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      // Not the input's fault: say so plainly, without a stack trace (IMH_REPORT_DEBUG=1 shows it).
      console.error(
        `imh-report: unexpected error: ${error instanceof Error ? error.message : String(error)}\n` +
          'Please report this with the command you ran.',
      );
      if (process.env.IMH_REPORT_DEBUG) console.error(error);
      process.exitCode = 1;
    }
  },
);
