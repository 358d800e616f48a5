/**
 * The performance budgets `npm run bench` gates on, as data, and their evaluation: pure, so the rules are
 * unit-tested apart from any browser. A measurement that could not be taken fails its budget.
 */

export type BudgetId =
  | 'build-time'
  | 'first-load-bytes'
  | 'first-load-requests'
  | 'init-fast3g'
  | 'page-turn'
  | 'commits'
  | 'resume-state';

export interface Budget {
  id: BudgetId;
  /** What the budget limits, in words for the summary. */
  label: string;
  unit: 'ms' | 'B' | 'requests' | 'commits' | 'characters';
}

export const budgets: Readonly<Record<BudgetId, Budget>> = {
  'build-time': { id: 'build-time', label: 'full build (median)', unit: 'ms' },
  'first-load-bytes': { id: 'first-load-bytes', label: 'first load, bytes transferred', unit: 'B' },
  'first-load-requests': { id: 'first-load-requests', label: 'first load, requests', unit: 'requests' },
  'init-fast3g': {
    id: 'init-fast3g',
    label: 'time to SCORM Initialize on Fast 3G (limit: 1.5 × the reference SCO in the same run)',
    unit: 'ms',
  },
  'page-turn': {
    id: 'page-turn',
    label: 'every page turn, Next to the new page painted, CPU 4× slower (the slowest, first turns included)',
    unit: 'ms',
  },
  commits: { id: 'commits', label: 'commits in a full module (page turns + 3)', unit: 'commits' },
  'resume-state': { id: 'resume-state', label: 'worst-case resume state', unit: 'characters' },
};

export const limits = {
  buildMs: 20_000,
  /**
   * A twelfth of an Adapt 5.56 + spoor package's first load measured on the same machine (546 kB in 56 requests,
   * issue 19): 45.5 kB, counted as 45,500 bytes. The cover's code only; every later screen loads on Start.
   */
  firstLoadBytes: 45_500,
  firstLoadRequests: 4,
  /**
   * Initialize on Fast 3G may take at most this many times the reference SCO's (scripts/bench/reference-sco: one
   * file that calls Initialize at once) in the same run, so a busy machine slows both sides alike.
   */
  initFast3gFactor: 1.5,
  /** Commits allowed on top of one per page turn: the finished attempt, the complete screen and Terminate. */
  extraCommits: 3,
  /** A page turn feels instant within about 100 ms, even on a phone (CPU slowed 4×). */
  pageTurnMs: 100,
  resumeChars: 1024,
} as const;

/** What the budgets read from one package's measurements. */
export interface PackageFigures {
  name: string;
  firstLoad: { requests: number; transferredBytes: number };
  fast3gInitMs: number | null;
  /** The reference SCO's median time to Initialize on Fast 3G in the same run; null when it was not measured. */
  referenceFast3gInitMs: number | null;
  /** Module packages only: the median page turn with the CPU slowed 4×. */
  pageTurn: { slowestMs: number | null } | null;
  /** Module packages only: the full-module run. */
  journey: { commitCalls: number; pageTurns: number } | null;
  /** Module packages only: the largest suspend_data seen and the codec's constructed worst case. */
  resume: { observedMaxChars: number; worstCaseChars: number } | null;
}

export interface BudgetCheck {
  budget: BudgetId;
  /** A package name, or 'build'. */
  subject: string;
  actual: number | null;
  limit: number;
  pass: boolean;
}

function check(budget: BudgetId, subject: string, actual: number | null, limit: number): BudgetCheck {
  return { budget, subject, actual, limit, pass: actual !== null && actual <= limit };
}

/** Without a reference there is nothing to judge Initialize against: the check fails as unmeasured. */
function initCheck(figures: PackageFigures): BudgetCheck {
  const reference = figures.referenceFast3gInitMs;
  if (reference === null) return check('init-fast3g', figures.name, null, 0);
  const limit = Math.round(reference * limits.initFast3gFactor * 10) / 10;
  return check('init-fast3g', figures.name, figures.fast3gInitMs, limit);
}

export function packageChecks(figures: PackageFigures): BudgetCheck[] {
  const checks = [
    check('first-load-bytes', figures.name, figures.firstLoad.transferredBytes, limits.firstLoadBytes),
    check('first-load-requests', figures.name, figures.firstLoad.requests, limits.firstLoadRequests),
    initCheck(figures),
  ];
  const { journey, resume, pageTurn } = figures;
  if (pageTurn) checks.push(check('page-turn', figures.name, pageTurn.slowestMs, limits.pageTurnMs));
  if (journey)
    checks.push(check('commits', figures.name, journey.commitCalls, journey.pageTurns + limits.extraCommits));
  if (resume)
    checks.push(
      check(
        'resume-state',
        figures.name,
        Math.max(resume.observedMaxChars, resume.worstCaseChars),
        limits.resumeChars,
      ),
    );
  return checks;
}

export function buildCheck(medianMs: number): BudgetCheck {
  return check('build-time', 'build', medianMs, limits.buildMs);
}

export interface BudgetSummary {
  budget: BudgetId;
  label: string;
  unit: Budget['unit'];
  pass: boolean;
  checked: number;
  /** The check closest to (or furthest over) its limit: the one that tells how much room is left. */
  worst: BudgetCheck;
  failures: BudgetCheck[];
}

/** Room left under the limit as a share of it; unmeasured counts as infinitely over. */
const headroom = (c: BudgetCheck) => (c.actual === null ? -Infinity : (c.limit - c.actual) / c.limit);

/** One line per budget, in the order of `budgets`, for the budgets that had something to check. */
export function summarise(checks: readonly BudgetCheck[]): BudgetSummary[] {
  return Object.values(budgets).flatMap((budget) => {
    const mine = checks.filter((c) => c.budget === budget.id);
    if (mine.length === 0) return [];
    const worst = mine.reduce((a, b) => (headroom(b) < headroom(a) ? b : a));
    const failures = mine.filter((c) => !c.pass);
    return [
      {
        budget: budget.id,
        label: budget.label,
        unit: budget.unit,
        pass: failures.length === 0,
        checked: mine.length,
        worst,
        failures,
      },
    ];
  });
}

/**
 * The cohort report's budgets (scripts/bench/report-bench.ts): a generated Moodle Interactions export of each size,
 * reported in a fresh process as a trainer runs it. The report holds a few hundred bytes per learner, so memory at
 * 1,000,000 interactions (about 33,000 learners) stays of the same order as at 100,000: at most `maxGrowth` times.
 */
export const cohortReportBudgets = {
  runs: [
    { interactionRows: 100_000, timeMs: 10_000, peakMemoryBytes: 200 * 1024 * 1024 },
    { interactionRows: 1_000_000, timeMs: 60_000, peakMemoryBytes: 250 * 1024 * 1024 },
  ],
  maxGrowth: 2,
} as const;
