import { describe, expect, test } from 'vitest';
import {
  budgets,
  buildCheck,
  limits,
  packageChecks,
  summarise,
  type PackageFigures,
} from '../../../scripts/bench/budgets.ts';

const modulePackage: PackageFigures = {
  name: 'imh-00-introduction-scorm12',
  firstLoad: { requests: 3, transferredBytes: 41_800 },
  fast3gInitMs: 400,
  // 1.5 × 300 ms: an Initialize limit of 450 ms in this run.
  referenceFast3gInitMs: 300,
  pageTurn: { slowestMs: 60 },
  journey: { commitCalls: 26, pageTurns: 25 },
  resume: { observedMaxChars: 60, worstCaseChars: 160 },
};

const coursePackage: PackageFigures = {
  ...modulePackage,
  name: 'imh-course-scorm12',
  pageTurn: null,
  journey: null,
  resume: null,
};

describe('bench budgets: one package', () => {
  test('a module package is checked on load, Initialize, page turns, commits and resume state', () => {
    const checks = packageChecks(modulePackage);
    expect(checks.map((c) => c.budget)).toEqual([
      'first-load-bytes',
      'first-load-requests',
      'init-fast3g',
      'page-turn',
      'commits',
      'resume-state',
    ]);
    expect(checks.every((c) => c.pass)).toBe(true);
  });

  test('a course package, with no full-module run, only on load and Initialize', () => {
    expect(packageChecks(coursePackage).map((c) => c.budget)).toEqual([
      'first-load-bytes',
      'first-load-requests',
      'init-fast3g',
    ]);
  });

  test('a limit is inclusive: exactly at it passes, one over fails', () => {
    const at = packageChecks({
      ...modulePackage,
      firstLoad: { requests: limits.firstLoadRequests, transferredBytes: limits.firstLoadBytes },
      fast3gInitMs: 450,
    });
    expect(at.every((c) => c.pass)).toBe(true);
    const over = packageChecks({
      ...modulePackage,
      firstLoad: { requests: limits.firstLoadRequests + 1, transferredBytes: limits.firstLoadBytes + 1 },
    });
    expect(over.filter((c) => !c.pass).map((c) => c.budget)).toEqual([
      'first-load-bytes',
      'first-load-requests',
    ]);
  });

  test('commits are allowed one per page turn and three more', () => {
    const commits = (commitCalls: number) =>
      packageChecks({ ...modulePackage, journey: { commitCalls, pageTurns: 20 } }).find(
        (c) => c.budget === 'commits',
      )!;
    expect(commits(23)).toMatchObject({ limit: 23, pass: true });
    expect(commits(24).pass).toBe(false);
  });

  test('the resume state checked is the longer of the observed and the constructed worst case', () => {
    const check = (observedMaxChars: number, worstCaseChars: number) =>
      packageChecks({ ...modulePackage, resume: { observedMaxChars, worstCaseChars } }).find(
        (c) => c.budget === 'resume-state',
      )!;
    expect(check(1025, 100)).toMatchObject({ actual: 1025, pass: false });
    expect(check(100, 1025)).toMatchObject({ actual: 1025, pass: false });
    expect(check(100, 1024).pass).toBe(true);
  });

  test('Initialize is judged against 1.5 × the reference SCO measured in the same run', () => {
    const init = (fast3gInitMs: number, referenceFast3gInitMs: number) =>
      packageChecks({ ...modulePackage, fast3gInitMs, referenceFast3gInitMs }).find(
        (c) => c.budget === 'init-fast3g',
      )!;
    expect(limits.initFast3gFactor).toBe(1.5);
    expect(init(600, 400)).toMatchObject({ limit: 600, pass: true });
    expect(init(600.1, 400).pass).toBe(false);
    // The same time passes on a slow run (slow reference) and fails on a fast one.
    expect(init(700, 500).pass).toBe(true);
    expect(init(700, 200)).toMatchObject({ limit: 300, pass: false });
  });

  test('without a reference time there is nothing to judge Initialize by: it fails', () => {
    const init = packageChecks({ ...modulePackage, referenceFast3gInitMs: null }).find(
      (c) => c.budget === 'init-fast3g',
    )!;
    expect(init.pass).toBe(false);
  });

  test('every page turn may take up to 100 ms (the slowest, CPU 4× slower); unmeasured fails', () => {
    const turn = (slowestMs: number | null) =>
      packageChecks({ ...modulePackage, pageTurn: { slowestMs } }).find((c) => c.budget === 'page-turn')!;
    expect(turn(100)).toMatchObject({ limit: 100, pass: true });
    expect(turn(100.1).pass).toBe(false);
    expect(turn(null).pass).toBe(false);
  });

  test('a time that was never measured fails', () => {
    const init = packageChecks({ ...modulePackage, fast3gInitMs: null }).find(
      (c) => c.budget === 'init-fast3g',
    )!;
    expect(init).toMatchObject({ actual: null, pass: false });
  });
});

describe('bench budgets: the summary', () => {
  test('one line per budget checked, naming the check with the least room left', () => {
    const checks = [
      buildCheck(4_000),
      ...packageChecks(modulePackage),
      ...packageChecks({ ...coursePackage, fast3gInitMs: 440 }),
    ];
    const summary = summarise(checks);
    expect(summary.map((s) => s.budget)).toEqual(Object.keys(budgets));
    const init = summary.find((s) => s.budget === 'init-fast3g')!;
    expect(init).toMatchObject({
      pass: true,
      checked: 2,
      worst: { subject: 'imh-course-scorm12', actual: 440 },
    });
  });

  test('a budget fails when any of its checks fails, and lists each failure', () => {
    const summary = summarise([
      ...packageChecks({ ...modulePackage, fast3gInitMs: 550 }),
      ...packageChecks({ ...coursePackage, fast3gInitMs: 600 }),
      buildCheck(limits.buildMs + 1),
    ]);
    const init = summary.find((s) => s.budget === 'init-fast3g')!;
    expect(init.pass).toBe(false);
    expect(init.failures.map((f) => f.actual)).toEqual([550, 600]);
    expect(init.worst.actual).toBe(600);
    expect(summary.find((s) => s.budget === 'build-time')!.pass).toBe(false);
    expect(summary.find((s) => s.budget === 'first-load-bytes')!.pass).toBe(true);
  });
});
