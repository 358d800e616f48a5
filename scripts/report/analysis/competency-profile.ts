/**
 * The cohort's competency profile for one module: per learner, the course's verdict per competency on their first
 * finished try and on their best, and per competency how many learners are "achieved" or "working towards" (the
 * framework's words). The verdicts are scoreAttempt's, made per try; a competency none of the try's drawn
 * questions assessed is "not assessed" in that try.
 */
import type { AttemptScore } from '../../../src/assessment/scoring.ts';
import type { CourseIndex, CourseModule } from '../course/course-index.ts';
import type { CompetencyProfile, LearnerProfile, ProfileStatus, StatusCounts } from '../figures.ts';
import type { Learner } from '../read/attempt-record.ts';
import { compareOrder, type OrderKey } from './order-key.ts';

/**
 * One learner in one module, in a few numbers (the report holds one per learner, so it is kept small): the first
 * finished try (by order) with, per module competency, [percent, achieved 1/0, questions] (NaN: not assessed),
 * and the best percent per competency over every finished try with [percent, achieved 1/0].
 */
interface LearnerState {
  learner: Learner;
  firstOrder: OrderKey | undefined;
  firstPercent: number;
  firstPassed: boolean;
  first: Float64Array | undefined;
  bestPercent: number;
  bestPassed: boolean;
  best: Float64Array | undefined;
  finished: number;
  unfinished: number;
}

/** Learners listed by name on the page and in the JSON file; a page with thousands of rows helps nobody. */
export const MAX_LEARNER_ROWS = 500;

/** A verdict on fewer questions than this is flagged (the course's own rule for new attempts, issue 20). */
export const FEW_QUESTIONS = 3;

const emptyCounts = (): StatusCounts => ({ achieved: 0, 'working-towards': 0, 'not-assessed': 0 });

export class CompetencyProfiles {
  private readonly byModule = new Map<string, Map<string, LearnerState>>();
  /** Module competency ids → their position, per module. */
  private readonly positions = new Map<string, Map<string, number>>();

  constructor(private readonly course: CourseIndex) {}

  add(module: string, learner: Learner, order: OrderKey, score: AttemptScore, finished: boolean): void {
    let learners = this.byModule.get(module);
    if (!learners) this.byModule.set(module, (learners = new Map()));
    let entry = learners.get(learner.key);
    if (!entry)
      learners.set(
        learner.key,
        (entry = {
          learner,
          firstOrder: undefined,
          firstPercent: 0,
          firstPassed: false,
          first: undefined,
          bestPercent: -1,
          bestPassed: false,
          best: undefined,
          finished: 0,
          unfinished: 0,
        }),
      );
    if (!finished) {
      entry.unfinished++;
      return;
    }
    entry.finished++;
    const positions = this.positionsOf(module);
    const count = positions.size;
    if (entry.firstOrder === undefined || compareOrder(order, entry.firstOrder) < 0) {
      entry.firstOrder = order;
      entry.firstPercent = score.percent;
      entry.firstPassed = score.passed;
      const first = (entry.first ??= new Float64Array(count * 3));
      first.fill(Number.NaN);
      for (const c of score.competencies) {
        const i = positions.get(c.id);
        if (i === undefined) continue;
        first[i * 3] = c.percent;
        first[i * 3 + 1] = c.status === 'achieved' ? 1 : 0;
        first[i * 3 + 2] = c.answered;
      }
    }
    // The best try: the highest percent (an equal one says the same).
    if (score.percent > entry.bestPercent) {
      entry.bestPercent = score.percent;
      entry.bestPassed = score.passed;
    }
    const best = (entry.best ??= new Float64Array(count * 2).fill(Number.NaN));
    for (const c of score.competencies) {
      const i = positions.get(c.id);
      if (i === undefined) continue;
      if (!(c.percent <= best[i * 2]!)) {
        best[i * 2] = c.percent;
        best[i * 2 + 1] = c.status === 'achieved' ? 1 : 0;
      }
    }
  }

  private positionsOf(module: string): Map<string, number> {
    let positions = this.positions.get(module);
    if (!positions)
      this.positions.set(
        module,
        (positions = new Map((this.course.module(module)?.competencies ?? []).map((c, i) => [c.id, i]))),
      );
    return positions;
  }

  /**
   * The module's profile: counts over every learner, and rows for the first `maxRows` learners by name (what the
   * page shows; a row per learner of a very large cohort would be most of the report's memory).
   */
  figures(module: CourseModule, maxRows = MAX_LEARNER_ROWS): CompetencyProfile {
    const entries = [...(this.byModule.get(module.slug)?.values() ?? [])];
    const profiled = entries.filter((e) => e.finished > 0);
    const competencies = module.competencies.map((c, i) => {
      const first = emptyCounts();
      const best = emptyCounts();
      let firstOnFewQuestions = 0;
      for (const e of profiled) {
        first[status(e.first![i * 3]!, e.first![i * 3 + 1]!)]++;
        best[status(e.best![i * 2]!, e.best![i * 2 + 1]!)]++;
        if (e.first![i * 3 + 2]! < FEW_QUESTIONS) firstOnFewQuestions++;
      }
      return { id: c.id, statement: c.statement, first, best, firstOnFewQuestions };
    });
    const byName = (a: LearnerState, b: LearnerState) =>
      a.learner.name.localeCompare(b.learner.name, 'en-GB') || a.learner.key.localeCompare(b.learner.key);
    return {
      learners: profiled.length,
      unfinishedOnly: entries.filter((e) => e.finished === 0 && e.unfinished > 0).length,
      competencies,
      rows: profiled
        .sort(byName)
        .slice(0, maxRows)
        .map((e) => learnerProfile(e, module)),
      rowsLeftOut: Math.max(0, profiled.length - maxRows),
    };
  }

  /** Every profiled learner's first finished try, in percent (for the score histogram). */
  firstPercents(module: string): number[] {
    return [...(this.byModule.get(module)?.values() ?? [])].flatMap((e) =>
      e.finished > 0 ? [e.firstPercent] : [],
    );
  }
}

const status = (value: number, achieved: number): ProfileStatus =>
  Number.isNaN(value) ? 'not-assessed' : achieved === 1 ? 'achieved' : 'working-towards';

function learnerProfile(entry: LearnerState, module: CourseModule): LearnerProfile {
  const first = entry.first!;
  const best = entry.best!;
  return {
    learner: entry.learner.key,
    name: entry.learner.name,
    finishedTries: entry.finished,
    firstPercent: entry.firstPercent,
    bestPercent: entry.bestPercent,
    firstPassed: entry.firstPassed,
    bestPassed: entry.bestPassed,
    competencies: module.competencies.map(({ id }, i) => {
      const firstPercent = first[i * 3]!;
      const bestPercent = best[i * 2]!;
      return {
        id,
        first: status(firstPercent, first[i * 3 + 1]!),
        ...(Number.isNaN(firstPercent) ? {} : { firstPercent, firstQuestions: first[i * 3 + 2]! }),
        best: status(bestPercent, best[i * 2 + 1]!),
        ...(Number.isNaN(bestPercent) ? {} : { bestPercent }),
      };
    }),
  };
}
