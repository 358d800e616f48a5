/**
 * The cohort report's budget: a generated Moodle Interactions export of 100,000 interaction rows, reported in a
 * fresh Node process (as a trainer runs it), timed from process start to both files written, with the process's
 * peak resident memory. `npm run bench` runs it among the other budgets; `npm run bench:report` runs it alone.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { loadCourseIndex } from '../report/course/course-index.ts';
import { buildCohortReport, writeCohortReport } from '../report/run-report.ts';
import { writeSyntheticInteractionsExport } from '../report/synthetic-export.ts';

export const cohortReportLimits = {
  interactionRows: 100_000,
  timeMs: 10_000,
  peakMemoryBytes: 200 * 1024 * 1024,
} as const;

export interface CohortReportBench {
  learners: number;
  interactionRows: number;
  exportBytes: number;
  timeMs: number;
  /** CPU time of the same process: tells a slow machine from a slow report when the machine is busy. */
  cpuMs: number;
  peakMemoryBytes: number;
  checks: { label: string; actual: number; limit: number; unit: 'ms' | 'bytes'; pass: boolean }[];
  pass: boolean;
}

const thisFile = import.meta.filename;
const root = path.resolve(import.meta.dirname, '../..');

export async function benchCohortReport(): Promise<CohortReportBench> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'imh-report-bench-'));
  try {
    const course = loadCourseIndex(path.join(root, 'modules'));
    const module = course.module('02-mentalization') ?? course.modules[0]!;
    const exportFile = path.join(workDir, `${module.slug}-scorm12.interactions.csv`);
    const generated = await writeSyntheticInteractionsExport(exportFile, {
      module,
      interactions: cohortReportLimits.interactionRows,
    });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', thisFile, '--child', exportFile, path.join(workDir, 'out')],
      { cwd: root, maxBuffer: 1024 * 1024 },
    );
    const measured = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      timeMs: number;
      cpuMs: number;
      peakMemoryBytes: number;
    };
    const checks = [
      {
        label: `cohort report, ${generated.interactions.toLocaleString('en-GB')} interaction rows: time`,
        actual: measured.timeMs,
        limit: cohortReportLimits.timeMs,
        unit: 'ms' as const,
      },
      {
        label: 'cohort report: peak memory',
        actual: measured.peakMemoryBytes,
        limit: cohortReportLimits.peakMemoryBytes,
        unit: 'bytes' as const,
      },
    ].map((c) => ({ ...c, pass: c.actual <= c.limit }));
    return {
      learners: generated.learners,
      interactionRows: generated.interactions,
      exportBytes: (await stat(exportFile)).size,
      ...measured,
      checks,
      pass: checks.every((c) => c.pass),
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const amount = (unit: 'ms' | 'bytes', value: number) =>
  unit === 'ms' ? `${(value / 1000).toFixed(1)} s` : `${(value / 1024 / 1024).toFixed(0)} MB`;

/** The lines `npm run bench` prints under its own budgets. */
export function formatCohortReportBench(bench: CohortReportBench): string {
  return [
    `Cohort report (generated Moodle Interactions export: ${bench.learners.toLocaleString('en-GB')} learners, ` +
      `${bench.interactionRows.toLocaleString('en-GB')} interaction rows, ${(bench.exportBytes / 1e6).toFixed(1)} MB)`,
    ...bench.checks.map(
      (c) =>
        `  ${c.pass ? 'PASS' : 'FAIL'}  ${c.label}: ${amount(c.unit, c.actual)}, limit ${amount(c.unit, c.limit)}` +
        (c.unit === 'ms' ? ` (CPU ${amount('ms', bench.cpuMs)})` : ''),
    ),
    bench.pass ? 'Both cohort report budgets pass.' : 'Cohort report budgets FAIL.',
  ].join('\n');
}

/** In the measured process: the report as the command line makes it, then time and peak memory as JSON. */
async function child(exportFile: string, outDir: string): Promise<void> {
  const course = loadCourseIndex(path.join(root, 'modules'));
  const report = await buildCohortReport([exportFile], course);
  await writeCohortReport(report, outDir);
  const cpu = process.cpuUsage();
  console.log(
    JSON.stringify({
      // performance.now() counts from process start: module loading and the course are part of the time.
      timeMs: Math.round(performance.now()),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakMemoryBytes: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [flag, exportFile, outDir] = process.argv.slice(2);
  const run =
    flag === '--child' && exportFile && outDir
      ? child(exportFile, outDir)
      : benchCohortReport().then((bench) => {
          console.log(formatCohortReportBench(bench));
          if (!bench.pass) process.exitCode = 1;
        });
  run.catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
