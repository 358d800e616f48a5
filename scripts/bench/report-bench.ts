/**
 * The cohort report's budgets: generated Moodle Interactions exports of 100,000 and 1,000,000 interaction rows,
 * each reported in a fresh Node process (as a trainer runs it), timed from process start to both files written,
 * with the process's peak resident memory, and the growth of memory between the two (the report's memory must stay
 * of the same order). `npm run bench` runs it among the other budgets; `npm run bench:report` runs it alone.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { loadCourseIndex } from '../report/course/course-index.ts';
import { cohortReportBudgets } from './budgets.ts';
import { buildCohortReport, writeCohortReport } from '../report/run-report.ts';
import { preferSmallHeap } from '../report/small-heap.ts';
import { writeSyntheticInteractionsExport } from '../report/synthetic-export.ts';

export { cohortReportBudgets };

export interface CohortReportRun {
  learners: number;
  interactionRows: number;
  exportBytes: number;
  timeMs: number;
  /** CPU time of the same process: tells a slow machine from a slow report when the machine is busy. */
  cpuMs: number;
  peakMemoryBytes: number;
}

export interface CohortReportBench {
  runs: CohortReportRun[];
  checks: { label: string; actual: number; limit: number; unit: 'ms' | 'bytes' | 'times'; pass: boolean }[];
  pass: boolean;
}

const thisFile = import.meta.filename;
const root = path.resolve(import.meta.dirname, '../..');

export async function benchCohortReport(): Promise<CohortReportBench> {
  const runs: CohortReportRun[] = [];
  const checks: CohortReportBench['checks'] = [];
  for (const budget of cohortReportBudgets.runs) {
    const run = await measureRun(budget.interactionRows);
    runs.push(run);
    const rows = run.interactionRows.toLocaleString('en-GB');
    checks.push(
      {
        label: `cohort report, ${rows} interaction rows: time`,
        actual: run.timeMs,
        limit: budget.timeMs,
        unit: 'ms',
        pass: run.timeMs <= budget.timeMs,
      },
      {
        label: `cohort report, ${rows} interaction rows: peak memory`,
        actual: run.peakMemoryBytes,
        limit: budget.peakMemoryBytes,
        unit: 'bytes',
        pass: run.peakMemoryBytes <= budget.peakMemoryBytes,
      },
    );
  }
  const [small, large] = [runs[0]!, runs.at(-1)!];
  const growth = large.peakMemoryBytes / small.peakMemoryBytes;
  checks.push({
    label: `cohort report: peak memory at ${large.interactionRows.toLocaleString('en-GB')} ÷ at ${small.interactionRows.toLocaleString('en-GB')} rows`,
    actual: growth,
    limit: cohortReportBudgets.maxGrowth,
    unit: 'times',
    pass: growth <= cohortReportBudgets.maxGrowth,
  });
  return { runs, checks, pass: checks.every((c) => c.pass) };
}

async function measureRun(interactionRows: number): Promise<CohortReportRun> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'imh-report-bench-'));
  try {
    const course = loadCourseIndex(path.join(root, 'modules'));
    const module = course.module('02-mentalization') ?? course.modules[0]!;
    const exportFile = path.join(workDir, `${module.slug}-scorm12.interactions.csv`);
    const generated = await writeSyntheticInteractionsExport(exportFile, {
      module,
      interactions: interactionRows,
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
    return {
      learners: generated.learners,
      interactionRows: generated.interactions,
      exportBytes: (await stat(exportFile)).size,
      ...measured,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const amount = (unit: 'ms' | 'bytes' | 'times', value: number) =>
  unit === 'ms'
    ? `${(value / 1000).toFixed(1)} s`
    : unit === 'bytes'
      ? `${(value / 1024 / 1024).toFixed(0)} MB`
      : `${value.toFixed(2)}×`;

/** The lines `npm run bench` prints under its own budgets. */
export function formatCohortReportBench(bench: CohortReportBench): string {
  return [
    ...bench.runs.map(
      (run) =>
        `Cohort report (generated Moodle Interactions export: ${run.learners.toLocaleString('en-GB')} learners, ` +
        `${run.interactionRows.toLocaleString('en-GB')} interaction rows, ${(run.exportBytes / 1e6).toFixed(1)} MB; ` +
        `CPU ${amount('ms', run.cpuMs)})`,
    ),
    ...bench.checks.map(
      (c) =>
        `  ${c.pass ? 'PASS' : 'FAIL'}  ${c.label}: ${amount(c.unit, c.actual)}, limit ${amount(c.unit, c.limit)}`,
    ),
    bench.pass ? 'All cohort report budgets pass.' : 'Cohort report budgets FAIL.',
  ].join('\n');
}

/** In the measured process: the report as the command line makes it, then time and peak memory as JSON. */
async function child(exportFile: string, outDir: string): Promise<void> {
  preferSmallHeap();
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
