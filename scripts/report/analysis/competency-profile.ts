/**
 * The cohort's competency profile for one module: per learner, the course's verdict per competency on their first
 * finished try and on their best, and per competency how many learners are "achieved" or "working towards" (the
 * framework's words). The verdicts are scoreAttempt's, made per try; a competency none of the try's drawn
 * questions assessed is "not assessed" in that try.
 */
import type { AttemptScore, CompetencyScore } from '../../../src/assessment/scoring.ts';
import type { CourseModule } from '../course/course-index.ts';
import type { CompetencyProfile, LearnerProfile, ProfileStatus, StatusCounts } from '../figures.ts';
import type { Learner } from '../read/attempt-record.ts';
import { compareOrder, type OrderKey } from './order-key.ts';

interface TryOutcome {
  order: OrderKey;
  score: AttemptScore;
}

interface LearnerTries {
  learner: Learner;
  finished: TryOutcome[];
  unfinished: number;
}

/** A verdict on fewer questions than this is flagged (the course's own rule for new attempts, issue 20). */
export const FEW_QUESTIONS = 3;

const emptyCounts = (): StatusCounts => ({ achieved: 0, 'working-towards': 0, 'not-assessed': 0 });

export class CompetencyProfiles {
  private readonly byModule = new Map<string, Map<string, LearnerTries>>();

  add(module: string, learner: Learner, order: OrderKey, score: AttemptScore, finished: boolean): void {
    let learners = this.byModule.get(module);
    if (!learners) this.byModule.set(module, (learners = new Map()));
    let entry = learners.get(learner.key);
    if (!entry) learners.set(learner.key, (entry = { learner, finished: [], unfinished: 0 }));
    if (finished) entry.finished.push({ order, score });
    else entry.unfinished++;
  }

  figures(module: CourseModule): CompetencyProfile {
    const entries = [...(this.byModule.get(module.slug)?.values() ?? [])];
    const rows = entries
      .filter((e) => e.finished.length > 0)
      .map((e) => learnerProfile(e, module))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.learner.localeCompare(b.learner));
    const competencies = module.competencies.map((c) => {
      const first = emptyCounts();
      const best = emptyCounts();
      let firstOnFewQuestions = 0;
      for (const row of rows) {
        const cell = row.competencies.find((x) => x.id === c.id)!;
        first[cell.first]++;
        best[cell.best]++;
        if (cell.firstQuestions !== undefined && cell.firstQuestions < FEW_QUESTIONS) firstOnFewQuestions++;
      }
      return { id: c.id, statement: c.statement, first, best, firstOnFewQuestions };
    });
    return {
      learners: rows.length,
      unfinishedOnly: entries.filter((e) => e.finished.length === 0 && e.unfinished > 0).length,
      competencies,
      rows,
    };
  }
}

function learnerProfile(entry: LearnerTries, module: CourseModule): LearnerProfile {
  const tries = [...entry.finished].sort((a, b) => compareOrder(a.order, b.order));
  const first = tries[0]!;
  const best = tries.reduce((a, b) => (b.score.percent > a.score.percent ? b : a));
  const firstScores = new Map(first.score.competencies.map((c) => [c.id, c]));
  const bestScores = new Map<string, CompetencyScore>();
  for (const t of tries)
    for (const c of t.score.competencies) {
      const held = bestScores.get(c.id);
      if (!held || c.percent > held.percent) bestScores.set(c.id, c);
    }
  const status = (s: CompetencyScore | undefined): ProfileStatus => s?.status ?? 'not-assessed';
  return {
    learner: entry.learner.key,
    name: entry.learner.name,
    finishedTries: tries.length,
    firstPercent: first.score.percent,
    bestPercent: best.score.percent,
    firstPassed: first.score.passed,
    bestPassed: best.score.passed,
    competencies: module.competencies.map(({ id }) => {
      const firstScore = firstScores.get(id);
      const bestScore = bestScores.get(id);
      return {
        id,
        first: status(firstScore),
        ...(firstScore ? { firstPercent: firstScore.percent, firstQuestions: firstScore.answered } : {}),
        best: status(bestScore),
        ...(bestScore ? { bestPercent: bestScore.percent } : {}),
      };
    }),
  };
}
