/**
 * What `npm run bench` prints: machine, a row per package, the full-module runs, and a line per budget.
 * Pure formatting over the result that bench.json also holds.
 */
import { budgets, limits, type BudgetCheck, type BudgetSummary } from './budgets.ts';
import type { BenchResult } from './result.ts';

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (value: number | null) => (value === null ? 'n/a' : String(Math.round(value)));

/** A figure with its unit, as the budget lines show it. */
export function formatAmount(unit: BudgetSummary['unit'], value: number | null): string {
  if (value === null) return 'not measured';
  switch (unit) {
    case 'ms':
      return Math.abs(value) >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
    case 'B':
      return `${kB(value)} kB`;
    default:
      return `${value.toLocaleString('en-GB')} ${unit}`;
  }
}

/** Columns padded to their widest cell; text left-aligned, numbers right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.every((row) => /^[\d.,/ n/a–-]*$/.test(row[i] ?? '')));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric[i] && i > 0 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function rowStatus(checks: readonly BudgetCheck[]): string {
  const failed = checks.filter((c) => !c.pass).map((c) => c.budget);
  return failed.length === 0 ? 'PASS' : `FAIL ${failed.join(', ')}`;
}

export function formatReport(result: BenchResult): string {
  const { machine, settings, build } = result;
  const out: string[] = [
    `Machine   ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.os}`,
    `          Node ${machine.node}, Chromium ${machine.chromium}, playwright-core ${machine.playwrightCore}`,
    `Build     ${build.runsMs.map((t) => formatAmount('ms', t)).join(', ')} → median ${formatAmount('ms', build.medianMs)}`,
    '',
    `First load (cold, gzip; median of ${settings.runs} runs; Fast 3G: ${settings.fast3g.latencyMs} ms, ` +
      `${settings.fast3g.downloadBitsPerSecond / 1e6} Mbit/s down). Sizes in kB (1,000 bytes), times in ms ` +
      'since the SCO frame started loading.',
    formatTable(
      [
        'package',
        'zip',
        'req',
        'first load',
        'JS raw/gz',
        'CSS raw/gz',
        'on start',
        'FCP',
        'init',
        'FCP 3G',
        'init 3G',
        'budgets',
      ],
      result.packages.map((p) => [
        p.name,
        kB(p.zipBytes),
        String(p.firstLoad.requests),
        kB(p.firstLoad.transferredBytes),
        `${kB(p.firstLoad.js.rawBytes)}/${kB(p.firstLoad.js.gzipBytes)}`,
        `${kB(p.firstLoad.css.rawBytes)}/${kB(p.firstLoad.css.gzipBytes)}`,
        kB(p.onStart.transferredBytes),
        ms(p.timing.normal.fcpMs),
        ms(p.timing.normal.initializeMs),
        ms(p.timing.fast3g.fcpMs),
        ms(p.timing.fast3g.initializeMs),
        rowStatus(p.budgets),
      ]),
    ),
    '',
    'Full module (each module package, correct answers, unthrottled): LMS API calls, page turns, resume state in characters.',
    formatTable(
      [
        'package',
        'API calls',
        'SetValue',
        'Commit',
        'page turns',
        'commit limit',
        'suspend max',
        'worst case',
      ],
      result.packages.flatMap((p) =>
        p.journey && p.resume
          ? [
              [
                p.name,
                String(p.journey.apiCalls),
                String(p.journey.setValueCalls),
                String(p.journey.commitCalls),
                String(p.journey.pageTurns),
                String(p.journey.pageTurns + limits.extraCommits),
                String(p.resume.observedMaxChars),
                String(p.resume.worstCaseChars),
              ],
            ]
          : [],
      ),
    ),
    '',
    'Budgets',
    ...result.budgets.map(formatBudgetLine),
  ];
  const problems = result.packages.flatMap((p) => p.problems.map((problem) => `  ${p.name}: ${problem}`));
  if (problems.length > 0) out.push('', 'Problems seen while measuring', ...problems);
  const failed = result.budgets.filter((b) => !b.pass);
  out.push(
    '',
    failed.length === 0
      ? `All ${result.budgets.length} budgets pass.`
      : `${failed.length} of ${result.budgets.length} budgets FAIL: ${failed.map((b) => budgets[b.budget].label).join('; ')}.`,
  );
  return out.join('\n');
}

function formatBudgetLine(summary: BudgetSummary): string {
  const { worst, unit } = summary;
  const limit = formatAmount(unit, worst.limit);
  const where = worst.subject === 'build' ? '' : ` (${worst.subject})`;
  const detail =
    summary.budget === 'commits'
      ? `worst ${worst.actual} of ${worst.limit} allowed${where}`
      : `${summary.checked > 1 ? 'worst ' : ''}${formatAmount(unit, worst.actual)}${where}, limit ${limit}`;
  if (summary.pass) return `  PASS  ${summary.label}: ${detail}`;
  const over =
    worst.actual === null
      ? ''
      : `, over by ${formatAmount(unit, worst.actual - worst.limit)} (${Math.round(((worst.actual - worst.limit) / worst.limit) * 100)}%)`;
  const each = summary.failures.map(
    (c) =>
      `          ${c.subject}: ${formatAmount(unit, c.actual)}` +
      (c.actual === null ? '' : ` (+${formatAmount(unit, c.actual - c.limit)})`),
  );
  return [
    `  FAIL  ${summary.label}: ${summary.failures.length} of ${summary.checked} over; ${detail}${over}`,
    ...each,
  ].join('\n');
}
