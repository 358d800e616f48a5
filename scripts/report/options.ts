/** The command line: export files, and where the course content and the report go. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

export interface ReportOptions {
  files: string[];
  modulesDir: string;
  outDir: string;
  help: boolean;
}

export const usage = `Usage: npm run report -- [options] <export files…>
       npx imh-report [options] <export files…>

Reads Moodle's SCORM report downloads (Interactions, Objectives, Basic; "Download in text format"), its
gradebook export (plain text file) and the preview LMS's "Export CMI JSON" files, for any of the course's
modules, and writes cohort-report.html and cohort-report.json.

Options:
  --out <folder>      where to write the report (default: dist/cohort-report)
  --modules <folder>  the course content to match questions against (default: this repository's modules/)
  -h, --help          show this help`;

export function readOptions(argv: readonly string[], repositoryRoot: string): ReportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        modules: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { files: [], modulesDir: '', outDir: '', help: true };
  if (positionals.length === 0) throw new UsageError('name at least one export file');
  if (values.out === '') throw new UsageError('--out needs a folder');
  if (values.modules === '') throw new UsageError('--modules needs a folder');
  return {
    files: positionals,
    modulesDir: path.resolve(values.modules ?? path.join(repositoryRoot, 'modules')),
    outDir: path.resolve(values.out ?? path.join('dist', 'cohort-report')),
    help: false,
  };
}
