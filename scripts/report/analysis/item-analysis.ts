/**
 * Item analysis per module: a tally of first-try answers (the usual basis: later tries come after feedback) and
 * one of all answers for each question, turned into figures for every question in the bank (including those no
 * export drew) and for every id in the exports that the bank does not have.
 */
import type { CourseIndex, CourseModule } from '../course/course-index.ts';
import type { ItemFigures, ItemScopeFigures, OptionFigures } from '../figures.ts';
import { judgeItem } from '../stats/item-judgement.ts';
import { wilsonInterval } from '../stats/wilson.ts';
import { ItemTally } from './item-tally.ts';
import type { ScoredAnswer } from './try-scoring.ts';

interface QuestionTallies {
  first: ItemTally;
  all: ItemTally;
  recordedKey: string[] | undefined;
  /** Every correct response recorded for this question → answers that recorded it (two or more: a conflict). */
  recordedKeys: Map<string, number>;
}

export type TryScope = 'first' | 'all';

export class ItemAnalysis {
  private readonly byModule = new Map<string, Map<string, QuestionTallies>>();

  add(module: string, answers: readonly ScoredAnswer[], scope: TryScope): void {
    let questions = this.byModule.get(module);
    if (!questions) this.byModule.set(module, (questions = new Map()));
    for (const { answer, correct, rest } of answers) {
      let tallies = questions.get(answer.questionId);
      if (!tallies)
        questions.set(
          answer.questionId,
          (tallies = {
            first: new ItemTally(),
            all: new ItemTally(),
            recordedKey: undefined,
            recordedKeys: new Map(),
          }),
        );
      tallies[scope].add(answer, correct, rest);
      if (scope === 'all' && answer.correctResponse && answer.correctResponse.length > 0) {
        const key = answer.correctResponse.join(',');
        const count = (tallies.recordedKeys.get(key) ?? 0) + 1;
        tallies.recordedKeys.set(key, count);
        // The key most answers recorded is shown; any other is reported as a conflict (keyConflicts).
        const shown = tallies.recordedKey?.join(',');
        if (shown === undefined || (shown !== key && count > (tallies.recordedKeys.get(shown) ?? 0)))
          tallies.recordedKey = answer.correctResponse;
      }
    }
  }

  /** Questions whose answers recorded different correct responses (in one file or across files), in words. */
  keyConflicts(): string[] {
    const conflicts: string[] = [];
    for (const [module, questions] of this.byModule)
      for (const [id, tallies] of questions) {
        if (tallies.recordedKeys.size < 2) continue;
        const keys = [...tallies.recordedKeys]
          .sort((a, b) => b[1] - a[1])
          .map(([key, n]) => `"${key}" (${n} answer${n === 1 ? '' : 's'})`);
        conflicts.push(
          `Question "${id}" (${module}): the exports record different correct answers: ${keys.join(', ')}. ` +
            'The question was changed between the attempts (or the files come from different versions of the ' +
            `course); its figures mix both versions and show the key "${tallies.recordedKey!.join(',')}". ` +
            'Run the report on the files of one version to judge it.',
        );
      }
    return conflicts;
  }

  /** Ids answered in this module that the course's banks do not have. */
  unknownIds(module: string, course: CourseIndex): string[] {
    return [...(this.byModule.get(module)?.keys() ?? [])].filter((id) => !course.question(id));
  }

  figures(module: CourseModule, course: CourseIndex): ItemFigures[] {
    const tallies = this.byModule.get(module.slug) ?? new Map<string, QuestionTallies>();
    const bankIds = module.questions.map((q) => q.id);
    return [...bankIds, ...this.unknownIds(module.slug, course)].map((id) =>
      itemFigures(id, module, tallies.get(id)),
    );
  }
}

function scopeFigures(tally: ItemTally | undefined): ItemScopeFigures {
  return {
    answers: tally?.answers ?? 0,
    correct: tally?.correct ?? 0,
    facility: tally?.facility,
    facilityInterval: tally ? wilsonInterval(tally.correct, tally.answers) : undefined,
    discrimination: tally?.discrimination.r(),
    answersWithResponse: tally?.answersWithResponse ?? 0,
    medianLatencyMs: tally?.latency.value(),
    latencyExact: tally?.latency.isExact ?? true,
  };
}

function itemFigures(id: string, module: CourseModule, tallies: QuestionTallies | undefined): ItemFigures {
  const question = module.questions.find((q) => q.id === id);
  const first = scopeFigures(tallies?.first);
  const all = scopeFigures(tallies?.all);
  const recordedKey = tallies?.recordedKey;
  const bankKey = question
    ? question.type === 'ordering'
      ? question.options.map((o) => o.id)
      : question.options.filter((o) => o.keyedCorrect).map((o) => o.id)
    : undefined;
  const sameKey =
    !recordedKey ||
    !bankKey ||
    (question?.type === 'ordering'
      ? recordedKey.join() === bankKey.join()
      : [...recordedKey].sort().join() === [...bankKey].sort().join());
  const optionIds = new Set([
    ...(question?.options.map((o) => o.id) ?? []),
    ...(tallies?.all.choices.keys() ?? []),
  ]);
  const options: OptionFigures[] = [...optionIds].map((optionId) => ({
    id: optionId,
    text: question?.options.find((o) => o.id === optionId)?.text,
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
  const judgement = judgeItem({
    answers: first.answers,
    facility: first.facility,
    discrimination: first.discrimination,
  });
  return {
    id,
    inBank: question !== undefined,
    type: question?.type,
    competencies: question?.competencies ?? [],
    stem: question?.stem,
    vignette: question?.vignette,
    first,
    all,
    recordedKey,
    bankKeyChanged: sameKey ? undefined : bankKey,
    options,
    patterns,
    flags: judgement.flags,
    tooFew: judgement.tooFew,
  };
}
