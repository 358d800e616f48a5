/**
 * npm run bench — size and speed of the built packages against the course's budgets, as named steps that stop
 * at the first failure (exit 1). Not part of npm test: it builds three times and drives Chromium for minutes.
 *   1. time `npm run build` (median of --build-runs, default 3)
 *   2. unzip every package and work out each module's longest possible resume state
 *   3. per package, in headless Chromium against a stub LMS: cold first loads, normal and Fast 3G
 *      (median of --runs, default 5), what Start loads, and for module packages a learner's whole module
 *   4. print the table and budgets, write dist/bench.json; exit 1 when any budget fails
 *   (first of all, the cohort report on a generated export at 100,000 and 1,000,000 interactions (flat memory): scripts/bench/report-bench.ts)
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { FAST_3G, launchChromium, VIEWPORT } from './bench/browser.ts';
import { buildCheck, packageChecks, summarise } from './bench/budgets.ts';
import { timeBuild } from './bench/build-time.ts';
import { firstLoad } from './bench/first-load.ts';
import { measureLoads } from './bench/load-figures.ts';
import { readModuleContent } from './bench/module-content.ts';
import { measurePageTurns, type PageTurnFigures } from './bench/page-turn.ts';
import { referenceFast3gInitMs, serveReferenceSco } from './bench/reference-sco.ts';
import { runModule } from './bench/module-run.ts';
import { startPackageServer, type PackageServer } from './bench/package-server.ts';
import { servedLaunchPath, unzipPackages, type BenchPackage } from './bench/packages.ts';
import { formatReport } from './bench/report.ts';
import { benchCohortReport, formatCohortReportBench } from './bench/report-bench.ts';
import type { BenchResult, MachineInfo, PackageResult } from './bench/result.ts';
import { median } from './bench/stats.ts';
import { worstCaseResumeStates } from './bench/worst-case-resume.ts';

const root = path.resolve(import.meta.dirname, '..');
const QUIET_MS = 500;

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      'build-runs': { type: 'string', default: '3' },
    },
  });
  const count = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`--${name} must be a whole number of at least 1, not "${text}"`);
    return n;
  };
  return { runs: count('runs', values.runs), buildRuns: count('build-runs', values['build-runs']) };
}

async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

function machineInfo(browser: Browser): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1e8) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: browser.version(),
    playwrightCore: (createRequire(import.meta.url)('playwright-core/package.json') as { version: string })
      .version,
  };
}

async function measurePackage(
  browser: Browser,
  server: PackageServer,
  servedRoot: string,
  pkg: BenchPackage,
  runs: number,
  worstCaseChars: ReadonlyMap<string, number>,
  referenceInitMs: number | null,
): Promise<PackageResult> {
  const { normal, fast3g, ...loads } = await measureLoads(browser, server, servedRoot, pkg, {
    runs,
    quietMs: QUIET_MS,
  });
  let journey = null;
  let resume = null;
  let pageTurn: PageTurnFigures | null = null;
  if (pkg.kind === 'module') {
    pageTurn = await measurePageTurns(browser, server, pkg);
    const content = await readModuleContent(path.join(servedRoot, pkg.name, pkg.slug, 'content.js'));
    journey = await runModule(browser, server, pkg, content);
    const worstCase = worstCaseChars.get(pkg.slug);
    if (worstCase === undefined) throw new Error(`${pkg.name}: no module "${pkg.slug}" in modules/`);
    resume = { observedMaxChars: journey.largestSuspendData, worstCaseChars: worstCase };
  }
  const budgets = packageChecks({
    name: pkg.name,
    firstLoad: loads.firstLoad,
    fast3gInitMs: fast3g.initializeMs,
    referenceFast3gInitMs: referenceInitMs,
    pageTurn,
    journey,
    resume,
  });
  return {
    name: pkg.name,
    kind: pkg.kind,
    scormVersion: pkg.version,
    launch: pkg.launch,
    zipBytes: pkg.zipBytes,
    ...loads,
    timing: { normal, fast3g },
    pageTurn,
    journey,
    resume,
    budgets,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = readOptions();
  const cohortReport = await step(
    'cohort report on a generated exports of 100,000 and 1,000,000 interactions',
    benchCohortReport,
  );
  const buildRunsMs: number[] = [];
  for (let i = 1; i <= options.buildRuns; i++)
    buildRunsMs.push(await step(`build ${i} of ${options.buildRuns}`, () => timeBuild(root)));

  const workDir = await mkdtemp(path.join(os.tmpdir(), 'imh-bench-'));
  let browser: Browser | undefined;
  let server: PackageServer | undefined;
  try {
    const servedRoot = path.join(workDir, 'packages');
    const packages = await step('packages unzipped', () =>
      unzipPackages(path.join(root, 'dist', 'packages'), servedRoot),
    );
    const worstCase = await step(
      'worst-case resume states encoded',
      () => new Map(worstCaseResumeStates(root).map((w) => [w.slug, w.chars])),
    );
    server = await startPackageServer(servedRoot);
    browser = await launchChromium();
    // The browser's first page pays for its own start-up: run one and discard it.
    await firstLoad(browser, server, servedLaunchPath(packages[0]!), {
      throttled: false,
      quietMs: QUIET_MS,
      pressStart: false,
    });
    const referenceLaunch = await serveReferenceSco(servedRoot);
    const referenceInitMs = await step('reference SCO measured', () =>
      referenceFast3gInitMs(browser!, server!, referenceLaunch, { runs: options.runs, quietMs: QUIET_MS }),
    );
    console.log(`  reference SCO: Initialize on Fast 3G after ${referenceInitMs ?? '(not measured)'} ms`);
    const results: PackageResult[] = [];
    for (const pkg of packages)
      results.push(
        await step(`${pkg.name} measured`, () =>
          measurePackage(browser!, server!, servedRoot, pkg, options.runs, worstCase, referenceInitMs),
        ),
      );

    const buildMedian = median(buildRunsMs);
    const buildBudget = buildCheck(buildMedian);
    const summaries = summarise([buildBudget, ...results.flatMap((r) => r.budgets)]);
    const result: BenchResult = {
      date: new Date().toISOString(),
      durationMs: Math.round(performance.now() - started),
      machine: machineInfo(browser),
      settings: {
        runs: options.runs,
        buildRuns: options.buildRuns,
        quietMs: QUIET_MS,
        viewport: VIEWPORT,
        fast3g: FAST_3G,
        referenceFast3gInitMs: referenceInitMs,
      },
      build: { runsMs: buildRunsMs.map(Math.round), medianMs: Math.round(buildMedian), budget: buildBudget },
      packages: results,
      budgets: summaries,
      pass: summaries.every((s) => s.pass) && cohortReport.pass,
    };
    const out = path.join(root, 'dist', 'bench.json');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify({ ...result, cohortReport }, null, 2)}\n`);
    console.log(`\n${formatReport(result)}`);
    console.log(`\n${formatCohortReportBench(cohortReport)}`);
    console.log(`\nWrote ${path.relative(root, out)} in ${(result.durationMs / 1000).toFixed(0)} s.`);
    if (!result.pass) process.exitCode = 1;
  } finally {
    await browser?.close();
    await server?.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
