/**
 * Takes every record the readers produce, one at a time, and keeps only what the report needs: item tallies,
 * each learner's try verdicts, one summary per LMS attempt, and the first try of each learner in each module
 * (held back until all files are read, since a learner's earlier attempt may come in a later file).
 */
import { fnv1a } from '../../../src/state/fnv1a.ts';
import type { CourseIndex } from '../course/course-index.ts';
import { InputError } from '../errors.ts';
import type { ModuleFigures } from '../figures.ts';
import type { AttemptRecord, ExportSource } from '../read/attempt-record.ts';
import type { GradebookExport } from '../read/gradebook.ts';
import { CompetencyProfiles } from './competency-profile.ts';
import { CompletionCollector, gradebookFigures } from './completion.ts';
import { ItemAnalysis } from './item-analysis.ts';
import { splitTries } from './knowledge-check-tries.ts';
import { compareOrder, recordOrder, type OrderKey } from './order-key.ts';
import { ReliabilityAccumulator } from '../stats/reliability.ts';
import { packTry, StringTable, unpackTry, type PackedTry } from './packed-try.ts';
import { scoreTry, type ScoredTry } from './try-scoring.ts';

interface FirstTry {
  module: string;
  order: OrderKey;
  /** The try's scored answers, packed (packed-try.ts). */
  answers: PackedTry;
  /** The try's percent when it was finished (it then counts for the test statistics). */
  finishedPercent: number | undefined;
}

export class CohortAnalysis {
  private readonly items: ItemAnalysis;
  private readonly profiles: CompetencyProfiles;
  private readonly completion = new CompletionCollector();
  private readonly firstTries = new Map<string, FirstTry>();
  private readonly unknownIds = new Map<string, { module: string; answers: number; files: Set<string> }>();
  private arrivals = 0;
  private readonly strings = new StringTable();
  /** One content hash per LMS attempt that held answers, so the same attempt read twice is counted once. */
  private readonly attemptsSeen = new Map<string, { hash: number; source: ExportSource }>();
  private readonly duplicates = new Map<ExportSource, { rows: number; first: ExportSource }>();

  constructor(private readonly course: CourseIndex) {
    this.items = new ItemAnalysis(course);
    this.profiles = new CompetencyProfiles(course);
  }

  /** The readers' sink. */
  readonly add = (read: AttemptRecord, source: ExportSource): void => {
    if (this.isDuplicate(read, source)) return;
    // The learner's key and name are kept per learner: as copies, never as slices that hold the file's text.
    const record = { ...read, learner: { key: ownCopy(read.learner.key), name: ownCopy(read.learner.name) } };
    const module = this.course.module(record.module)!;
    const order = recordOrder(record, this.arrivals++);
    const tries = splitTries(record);
    let lastFinishedPercent: number | undefined;
    tries.forEach((attemptTry, index) => {
      const scored = scoreTry(attemptTry.answers, this.course, module.passMark);
      this.noteUnknownIds(record.module, scored, source.file);
      const tryOrder = [...order, attemptTry.tryNumber];
      this.items.add(record.module, scored.answers, 'all');
      if (index === 0)
        this.offerFirstTry(record, {
          module: record.module,
          order: tryOrder,
          answers: packTry(scored.answers, this.strings),
          finishedPercent: attemptTry.finished ? scored.score.percent : undefined,
        });
      if (scored.answers.length > 0)
        this.profiles.add(record.module, record.learner, tryOrder, scored.score, attemptTry.finished);
      if (attemptTry.finished) lastFinishedPercent = scored.score.percent;
    });
    this.completion.add(record, source, tries, lastFinishedPercent);
  };

  /**
   * The same attempt (learner, module, LMS attempt, start time) with the same answers, already read from this or
   * another file: a file given twice or a row repeated. Counted once; the same attempt with different answers is
   * two downloads made at different times, and the report stops rather than guess which one is right.
   */
  private isDuplicate(record: AttemptRecord, source: ExportSource): boolean {
    if (!record.answers || record.answers.length === 0 || record.lmsAttempt === undefined) return false;
    const key = [record.learner.key, record.module, record.lmsAttempt, record.startedAt ?? '-'].join(
      '\u001f',
    );
    const hash = fnv1a(
      [
        record.status,
        record.score ?? '-',
        ...record.answers.map((a) =>
          [
            a.questionId,
            a.tryNumber,
            a.response?.join(',') ?? '-',
            a.correctResponse?.join(',') ?? '-',
            a.result,
          ].join('\u001e'),
        ),
      ].join('\u001f'),
    );
    const seen = this.attemptsSeen.get(key);
    if (!seen) {
      this.attemptsSeen.set(key, { hash, source });
      return false;
    }
    if (seen.hash !== hash)
      throw new InputError(
        source.file,
        `holds attempt ${record.lmsAttempt} of ${record.learner.name} in ${record.module} with different answers ` +
          `or score from ${seen.source === source ? 'an earlier row of the same file' : seen.source.file}. These are ` +
          'two downloads of the same activity made at different times: give the report only the latest one.',
      );
    const held = this.duplicates.get(source);
    if (held) held.rows++;
    else this.duplicates.set(source, { rows: 1, first: seen.source });
    return true;
  }

  /** A notice for a file some of whose rows were already read (a file given twice, a repeated row), or none. */
  duplicateNotice(source: ExportSource): string | undefined {
    const held = this.duplicates.get(source);
    if (!held) return undefined;
    const from = held.first === source ? 'earlier rows of this file' : held.first.file;
    return (
      `${held.rows} row${held.rows === 1 ? '' : 's'} with answers already read from ${from} (the same learner, ` +
      'attempt and answers: a file given twice or a repeated row) counted once.'
    );
  }

  private offerFirstTry(record: AttemptRecord, candidate: FirstTry): void {
    const key = `${record.learner.key}\u001f${record.module}`;
    const held = this.firstTries.get(key);
    if (!held || compareOrder(candidate.order, held.order) < 0) this.firstTries.set(key, candidate);
  }

  private noteUnknownIds(module: string, scored: ScoredTry, file: string): void {
    for (const { answer } of scored.answers) {
      if (this.course.question(answer.questionId)) continue;
      const entry = this.unknownIds.get(answer.questionId) ?? {
        module,
        answers: 0,
        files: new Set<string>(),
      };
      entry.answers++;
      entry.files.add(file);
      this.unknownIds.set(answer.questionId, entry);
    }
  }

  /** Figures for every module any file held, in course order; warnings for what could not be matched. */
  finish(
    gradebooks: readonly GradebookExport[],
    modulesSeen: ReadonlySet<string>,
  ): {
    modules: ModuleFigures[];
    warnings: string[];
  } {
    const reliability = new Map<string, ReliabilityAccumulator>();
    for (const first of this.firstTries.values()) {
      const answers = unpackTry(first.answers, this.strings);
      this.items.add(first.module, answers, 'first');
      if (first.finishedPercent === undefined) continue;
      let acc = reliability.get(first.module);
      if (!acc) reliability.set(first.module, (acc = new ReliabilityAccumulator()));
      acc.add(
        answers.map((a) => (a.correct ? a.weight : 0)),
        first.finishedPercent,
      );
    }
    this.firstTries.clear();
    const modules = this.course.modules
      .filter((m) => modulesSeen.has(m.slug))
      .map((module) => {
        const profile = this.profiles.figures(module);
        return {
          slug: module.slug,
          title: module.title,
          passMark: module.passMark,
          competencies: module.competencies,
          completion: this.completion.figures(module),
          gradebook: gradebookFigures(module, gradebooks),
          profile,
          statistics: {
            reliability: reliability.get(module.slug)?.value(),
            histogram: scoreHistogram(this.profiles.firstPercents(module.slug)),
          },
          ...this.items.figures(module, this.course),
        };
      });
    const keyConflicts = this.items.keyConflicts();
    const unknown = [...this.unknownIds].map(
      ([id, u]) =>
        `Question "${id}" (${u.answers} answer${u.answers === 1 ? '' : 's'} in ${[...u.files].join(', ')}) is not in ` +
        `the question bank of ${u.module} or any other module. It is listed under its module without text, counts ` +
        'towards the try scores, and counts for a competency only where the export names its competencies (CMI JSON).',
    );
    return { modules, warnings: [...keyConflicts, ...unknown] };
  }
}

/** Learners by first-try score in bands of ten points, from ≤ score < to (the last band, 90–100, includes 100). */
export function scoreHistogram(
  percents: readonly number[],
): { from: number; to: number; learners: number }[] {
  const bands = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, learners: 0 }));
  for (const p of percents) bands[Math.min(9, Math.max(0, Math.floor(p / 10)))]!.learners++;
  return bands;
}

/** A string of its own: a cell sliced from a large chunk of the file would keep the whole chunk in memory. */
const ownCopy = (text: string): string =>
  text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
