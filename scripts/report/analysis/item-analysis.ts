/**
 * Item analysis per module: a tally of first-try answers (the usual basis: later tries come after feedback) and
 * one of all answers for each question, turned into figures for every question in the bank (including those no
 * export drew) and for every id in the exports that the bank does not have.
 *
 * Answers are tallied by the version of the question they were given to. An answer is to today's version when
 * its interaction id carries today's version hash, or (exports made before the course wrote the hash) when the
 * correct response it recorded is today's key. Answers to any other version are tallied apart, one set per
 * version (per hash, or per recorded key), shown apart with their recorded key, and never under today's text.
 */
import {
  todaysKey,
  type CourseIndex,
  type CourseModule,
  type CourseQuestion,
} from '../course/course-index.ts';
import type { ItemFigures, ItemScopeFigures, OptionFigures } from '../figures.ts';
import { judgeItem } from '../stats/item-judgement.ts';
import { wilsonInterval } from '../stats/wilson.ts';
import { ItemTally } from './item-tally.ts';
import type { ScoredAnswer } from './try-scoring.ts';

interface QuestionTallies {
  id: string;
  /** '' for today's version (or a question the bank lacks); `v:<hash>` or `k:<recorded key>` for an earlier one. */
  version: string;
  first: ItemTally;
  all: ItemTally;
  recordedKey: string[] | undefined;
  /** Answers (all tries) to today's version, by how that was recognised. */
  recognisedBy: { hash: number; key: number; unverified: number };
}

export type TryScope = 'first' | 'all';

/** The version an answer was given to: '' for today's (and how that is known), else a name for the earlier one. */
export function answerVersion(
  answer: { questionVersion?: string; correctResponse: string[] | undefined },
  question: CourseQuestion | undefined,
): { version: string; basis: 'hash' | 'key' | 'unverified' } {
  if (!question) return { version: '', basis: 'unverified' };
  if (answer.questionVersion !== undefined && question.version !== undefined)
    return answer.questionVersion === question.version
      ? { version: '', basis: 'hash' }
      : { version: `v:${answer.questionVersion}`, basis: 'hash' };
  const recorded = answer.correctResponse;
  if (!recorded || recorded.length === 0) return { version: '', basis: 'unverified' };
  return sameKey(recorded, todaysKey(question), question.type === 'ordering')
    ? { version: '', basis: 'key' }
    : { version: `k:${recorded.join(',')}`, basis: 'key' };
}

const sameKey = (a: readonly string[], b: readonly string[], ordered: boolean) =>
  ordered ? a.join() === b.join() : [...a].sort().join() === [...b].sort().join();

export class ItemAnalysis {
  /** module → question id → version → tallies */
  private readonly byModule = new Map<string, Map<string, Map<string, QuestionTallies>>>();
  /** module → question id → every correct response recorded → answers that recorded it (two or more: a conflict). */
  private readonly recordedKeys = new Map<string, Map<string, Map<string, number>>>();

  constructor(private readonly course: CourseIndex) {}

  add(module: string, answers: readonly ScoredAnswer[], scope: TryScope): void {
    let questions = this.byModule.get(module);
    if (!questions) this.byModule.set(module, (questions = new Map()));
    for (const { answer, correct, rest } of answers) {
      const question = this.course.question(answer.questionId);
      const { version, basis } = answerVersion(answer, question);
      let versions = questions.get(answer.questionId);
      if (!versions) questions.set(answer.questionId, (versions = new Map()));
      let tallies = versions.get(version);
      if (!tallies)
        versions.set(
          version,
          (tallies = {
            id: answer.questionId,
            version,
            first: new ItemTally(),
            all: new ItemTally(),
            recordedKey: undefined,
            recognisedBy: { hash: 0, key: 0, unverified: 0 },
          }),
        );
      tallies[scope].add(answer, correct, rest);
      if (scope !== 'all') continue;
      if (version === '') tallies.recognisedBy[basis]++;
      if (answer.correctResponse && answer.correctResponse.length > 0) {
        const key = answer.correctResponse.join(',');
        let byId = this.recordedKeys.get(module);
        if (!byId) this.recordedKeys.set(module, (byId = new Map()));
        let keys = byId.get(answer.questionId);
        if (!keys) byId.set(answer.questionId, (keys = new Map()));
        keys.set(key, (keys.get(key) ?? 0) + 1);
        // Within one version the key most answers recorded is shown (a hash names the text, not the key).
        const shown = tallies.recordedKey?.join(',');
        if (shown === undefined || (shown !== key && keys.get(key)! > (keys.get(shown) ?? 0)))
          tallies.recordedKey = answer.correctResponse;
      }
    }
  }

  /** Questions whose answers recorded different correct responses (in one file or across files), in words. */
  keyConflicts(): string[] {
    const conflicts: string[] = [];
    for (const [module, questions] of this.recordedKeys)
      for (const [id, recorded] of questions) {
        if (recorded.size < 2) continue;
        const keys = [...recorded]
          .sort((a, b) => b[1] - a[1])
          .map(([key, n]) => `"${key}" (${n} answer${n === 1 ? '' : 's'})`);
        conflicts.push(
          `Question "${id}" (${module}): the exports record different correct answers: ${keys.join(', ')}. ` +
            'The question was changed between the attempts (or the files come from different versions of the ' +
            'course). Answers that recorded a key other than today’s are shown apart, as an earlier version of ' +
            'the question, and left out of its figures.',
        );
      }
    return conflicts;
  }

  /** Ids answered in this module that the course's banks do not have. */
  unknownIds(module: string, course: CourseIndex): string[] {
    return [...(this.byModule.get(module)?.keys() ?? [])].filter((id) => !course.question(id));
  }

  /** Today's questions (and ids the bank lacks), then the answers to earlier versions, apart. */
  figures(module: CourseModule, course: CourseIndex): { items: ItemFigures[]; changedItems: ItemFigures[] } {
    const questions = this.byModule.get(module.slug) ?? new Map<string, Map<string, QuestionTallies>>();
    const bankIds = module.questions.map((q) => q.id);
    const ids = [...bankIds, ...this.unknownIds(module.slug, course)];
    return {
      items: ids.map((id) => itemFigures(id, module, questions.get(id)?.get(''))),
      changedItems: ids.flatMap((id) =>
        [...(questions.get(id)?.values() ?? [])]
          .filter((t) => t.version !== '')
          .sort((a, b) => b.all.answers - a.all.answers)
          .map((t) => itemFigures(id, module, t)),
      ),
    };
  }
}

function scopeFigures(tally: ItemTally | undefined): ItemScopeFigures {
  return {
    answers: tally?.answers ?? 0,
    correct: tally?.correct ?? 0,
    facility: tally?.facility,
    facilityInterval: tally ? wilsonInterval(tally.correct, tally.answers) : undefined,
    discrimination: tally?.discrimination.r(),
    discriminativeEfficiency: tally?.restScores.efficiency(tally.discrimination),
    answersWithResponse: tally?.answersWithResponse ?? 0,
    medianLatencyMs: tally?.latency.value(),
    latencyExact: tally?.latency.isExact ?? true,
  };
}

function itemFigures(id: string, module: CourseModule, tallies: QuestionTallies | undefined): ItemFigures {
  const question = module.questions.find((q) => q.id === id);
  const changed = tallies !== undefined && tallies.version !== '';
  const first = scopeFigures(tallies?.first);
  const all = scopeFigures(tallies?.all);
  const recordedKey = tallies?.recordedKey;
  const bankKey = question ? todaysKey(question) : undefined;
  const keyKept = !recordedKey || !bankKey || sameKey(recordedKey, bankKey, question?.type === 'ordering');
  // An earlier version's options are its own: today's ids and texts are not what was shown.
  const optionIds = new Set([
    ...(changed ? (recordedKey ?? []) : (question?.options.map((o) => o.id) ?? [])),
    ...(tallies?.all.choices.keys() ?? []),
  ]);
  const options: OptionFigures[] = [...optionIds].map((optionId) => ({
    id: optionId,
    text: changed ? undefined : question?.options.find((o) => o.id === optionId)?.text,
    recordedCorrect: recordedKey ? recordedKey.includes(optionId) : undefined,
    first: tallies?.first.choices.get(optionId) ?? 0,
    all: tallies?.all.choices.get(optionId) ?? 0,
  }));
  const showPatterns = question ? question.type === 'multiple' || question.type === 'ordering' : true;
  const patterns = showPatterns
    ? [...(tallies?.all.patterns ?? new Map<string, { count: number; correct: boolean }>())]
        .map(([key, p]) => ({
          response: key.split(','),
          correct: p.correct,
          first: tallies?.first.patterns.get(key)?.count ?? 0,
          all: p.count,
        }))
        .sort((a, b) => b.all - a.all || b.first - a.first)
        .slice(0, 5)
    : [];
  // An earlier version is not judged: today's question is not the one these answers speak about.
  const judgement = changed
    ? { flags: [], tooFew: { facility: false, discrimination: false } }
    : judgeItem({ answers: first.answers, facility: first.facility, discrimination: first.discrimination });
  const versionHash = tallies?.version.startsWith('v:') ? tallies.version.slice(2) : undefined;
  return {
    id,
    inBank: question !== undefined,
    type: question?.type,
    competencies: question?.competencies ?? [],
    stem: changed ? undefined : question?.stem,
    vignette: changed ? undefined : question?.vignette,
    version: changed
      ? {
          current: false,
          hash: versionHash,
          todaysHash: question?.version,
          todaysStem: question?.stem,
        }
      : {
          current: true,
          recognisedBy: tallies?.recognisedBy ?? { hash: 0, key: 0, unverified: 0 },
        },
    first,
    all,
    recordedKey,
    bankKeyChanged: keyKept ? undefined : bankKey,
    options,
    patterns,
    flags: judgement.flags,
    tooFew: judgement.tooFew,
  };
}
