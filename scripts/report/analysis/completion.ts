/**
 * Completion per activity: who attempted, passed, failed or left, how many tries, how long, and where those who
 * left stopped. Files that hold the same activity (Moodle's three reports of it) are counted once. Keeps one
 * small summary per LMS attempt, never the answers.
 */
import type { CourseModule } from '../course/course-index.ts';
import type { ActivityCompletion, GradebookFigures, TimeFigures } from '../figures.ts';
import {
  formatNames,
  type AttemptRecord,
  type ExportSource,
  type Learner,
  type LmsStatus,
} from '../read/attempt-record.ts';
import type { GradebookExport } from '../read/gradebook.ts';
import { median } from '../stats/median.ts';
import type { KnowledgeCheckTry } from './knowledge-check-tries.ts';

interface AttemptSummary {
  source: ExportSource;
  learner: Learner;
  lmsAttempt: number | undefined;
  status: LmsStatus;
  score: number | undefined;
  spanMs: number | undefined;
  totalTimeMs: number | undefined;
  location: string | undefined;
  /** Undefined when the file holds no answers for this row's format. */
  answers: number | undefined;
  tries: number;
  /** Answers in a last try that was left unfinished. */
  unfinishedTryAnswers: number | undefined;
  /** The last finished try's score, recomputed from the answers. */
  recomputedPercent: number | undefined;
}

export class CompletionCollector {
  private readonly byModule = new Map<string, AttemptSummary[]>();

  add(
    record: AttemptRecord,
    source: ExportSource,
    tries: readonly KnowledgeCheckTry[],
    lastFinishedPercent: number | undefined,
  ): void {
    const last = tries.at(-1);
    const summary: AttemptSummary = {
      source,
      learner: record.learner,
      lmsAttempt: record.lmsAttempt,
      status: record.status,
      score: record.score,
      spanMs:
        record.startedAt !== undefined && record.lastAccessedAt !== undefined
          ? record.lastAccessedAt - record.startedAt
          : undefined,
      totalTimeMs: record.totalTimeMs,
      location: record.location,
      answers: record.answers?.length,
      tries: tries.length,
      unfinishedTryAnswers: last && !last.finished ? last.answers.length : undefined,
      recomputedPercent: lastFinishedPercent,
    };
    const list = this.byModule.get(record.module);
    if (list) list.push(summary);
    else this.byModule.set(record.module, [summary]);
  }

  figures(module: CourseModule): ActivityCompletion[] {
    const groups = new Map<string, AttemptSummary[]>();
    for (const s of this.byModule.get(module.slug) ?? []) {
      const list = groups.get(s.source.activityKey);
      if (list) list.push(s);
      else groups.set(s.source.activityKey, [s]);
    }
    return [...groups.values()].map((summaries) =>
      activityFigures(module, [...new Set(summaries.map((s) => s.source))], mergeDuplicates(summaries)),
    );
  }
}

/** The same attempt from several reports of one activity: one summary, with whatever each report adds. */
function mergeDuplicates(summaries: readonly AttemptSummary[]): AttemptSummary[] {
  const merged = new Map<string, AttemptSummary>();
  for (const s of summaries) {
    const key = `${s.learner.key}#${s.lmsAttempt ?? '-'}`;
    const held = merged.get(key);
    if (!held) merged.set(key, { ...s });
    // The file with answers says most; a file holding no answers at all says nothing about one learner's.
    else if (holdsAnswers(s) && !holdsAnswers(held))
      merged.set(key, { ...s, spanMs: s.spanMs ?? held.spanMs });
  }
  return [...merged.values()];
}

const holdsAnswers = (s: AttemptSummary) => s.answers !== undefined && s.source.answers > 0;

const finishedStatuses = new Set<LmsStatus>(['passed', 'failed', 'completed']);

function activityFigures(
  module: CourseModule,
  sources: readonly ExportSource[],
  summaries: readonly AttemptSummary[],
): ActivityCompletion {
  const byLearner = new Map<string, AttemptSummary[]>();
  for (const s of summaries) {
    const list = byLearner.get(s.learner.key);
    if (list) list.push(s);
    else byLearner.set(s.learner.key, [s]);
  }
  let notAttempted = 0;
  let passed = 0;
  let failed = 0;
  let unfinished = 0;
  const triesPerLearner: number[] = [];
  const timePerLearner: number[] = [];
  const dropOff = new Map<string, string[]>();
  const answersKnown = summaries.some(holdsAnswers);
  const timeKind: TimeFigures['kind'] = summaries.some((s) => s.totalTimeMs !== undefined) ? 'total' : 'span';
  for (const attempts of byLearner.values()) {
    const tried = attempts.filter((a) => a.lmsAttempt !== undefined && a.status !== 'not attempted');
    if (tried.length === 0) {
      notAttempted++;
      continue;
    }
    const statuses = new Set(tried.map((a) => a.status));
    if (statuses.has('passed') || statuses.has('completed')) passed++;
    else if (statuses.has('failed')) failed++;
    else {
      unfinished++;
      const place = dropOffPlace(module, tried.at(-1)!, answersKnown);
      dropOff.set(place, [...(dropOff.get(place) ?? []), tried[0]!.learner.name]);
    }
    const tries = tried.reduce((n, a) => n + a.tries, 0);
    if (answersKnown && tries > 0) triesPerLearner.push(tries);
    const times = tried.map((a) => (timeKind === 'total' ? a.totalTimeMs : a.spanMs));
    if (times.every((t) => t !== undefined)) timePerLearner.push(times.reduce((x, y) => x! + y!, 0)!);
  }
  const attempted = passed + failed + unfinished;
  const compared = summaries.filter(
    (s) => s.recomputedPercent !== undefined && s.score !== undefined && finishedStatuses.has(s.status),
  );
  const mismatches = compared.filter((s) => Math.abs(s.recomputedPercent! - s.score!) > 0.01);
  const versions = [...new Set(sources.map((s) => s.scormVersion).filter((v) => v !== undefined))];
  return {
    label: activityLabel(sources),
    files: sources.map((s) => s.file),
    scormVersion: versions.length === 1 ? versions[0] : undefined,
    learners: byLearner.size,
    notAttempted,
    attempted,
    passed,
    failed,
    unfinished,
    passRate: attempted > 0 ? passed / attempted : undefined,
    lmsAttempts: summaries.filter((s) => s.lmsAttempt !== undefined && s.status !== 'not attempted').length,
    tries:
      triesPerLearner.length > 0
        ? {
            learners: triesPerLearner.length,
            median: median(triesPerLearner)!,
            max: Math.max(...triesPerLearner),
            histogram: [...new Set(triesPerLearner)]
              .sort((a, b) => a - b)
              .map((tries) => ({ tries, learners: triesPerLearner.filter((t) => t === tries).length })),
          }
        : undefined,
    time:
      timePerLearner.length > 0
        ? {
            kind: timeKind,
            learners: timePerLearner.length,
            medianMs: median(timePerLearner)!,
            minMs: Math.min(...timePerLearner),
            maxMs: Math.max(...timePerLearner),
          }
        : undefined,
    dropOff: [...dropOff].map(([place, learners]) => ({ place, learners: learners.sort() })),
    scoreCheck:
      compared.length > 0
        ? {
            compared: compared.length,
            matching: compared.length - mismatches.length,
            mismatches: mismatches.map(
              (s) => `${s.learner.name}: the LMS holds ${s.score}, the answers give ${s.recomputedPercent}`,
            ),
          }
        : undefined,
  };
}

function dropOffPlace(module: CourseModule, last: AttemptSummary, answersKnown: boolean): string {
  if (last.location) {
    const index = module.pages.findIndex((p) => p.id === last.location);
    return index >= 0
      ? `Page ${index + 1} of ${module.pages.length}: ${module.pages[index]!.title}`
      : `Location "${last.location}"`;
  }
  if (answersKnown && last.unfinishedTryAnswers !== undefined)
    return `During the knowledge check (after ${last.unfinishedTryAnswers} answer${last.unfinishedTryAnswers === 1 ? '' : 's'})`;
  if (answersKnown && last.tries === 0) return 'Before the knowledge check (no answers)';
  return 'Not in the export (Moodle’s downloads do not show the page)';
}

function activityLabel(sources: readonly ExportSource[]): string {
  const versions = [...new Set(sources.map((s) => s.scormVersion).filter((v) => v !== undefined))];
  const version = versions.length === 1 ? `SCORM ${versions[0]}` : 'SCORM version not known';
  if (sources.every((s) => s.format === 'cmi-json'))
    return `Preview LMS, ${version} (${sources.length} CMI JSON file${sources.length === 1 ? '' : 's'})`;
  const reports = sources.map((s) => formatNames[s.format].replace(/^Moodle SCORM /, ''));
  return `Moodle, ${version} (${reports.join(', ')})`;
}

export function gradebookFigures(
  module: CourseModule,
  gradebooks: readonly GradebookExport[],
): GradebookFigures[] {
  return gradebooks.flatMap((book) =>
    book.activities.flatMap((activity, i) => {
      if (activity.module !== module.slug) return [];
      const grades = book.learners.map((l) => l.grades[i]).filter((g) => g !== undefined);
      return [
        {
          file: book.file,
          activity: activity.name,
          scormVersion: activity.scormVersion,
          learners: book.learners.length,
          graded: grades.length,
          atOrAbovePassMark: grades.filter((g) => g >= module.passMark - 1e-9).length,
          meanGrade: grades.length > 0 ? grades.reduce((a, b) => a + b, 0) / grades.length : undefined,
        },
      ];
    }),
  );
}
