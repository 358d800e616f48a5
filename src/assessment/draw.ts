/**
 * Which questions an attempt asks, and in what order: drawn and shuffled from the attempt's seed, so resume
 * and review show the same order. Option ids travel with their options.
 */
import { seededRandom, shuffled } from './random.ts';
import { minQuestionsPerVerdict, type ScorableQuestion } from './scoring.ts';

export interface DrawnQuestion {
  id: string;
  /** option ids in the order shown */
  optionOrder: string[];
}

/**
 * The attempt's questions: a seeded shuffle of the bank, from which the draw first takes enough questions on each
 * competency the bank can judge (at least `minQuestionsPerVerdict` on it, when the bank has that many), preferring
 * questions that count for several competencies still short, then fills up to `count` in shuffled order. Asked in
 * shuffled order. So a verdict rests on enough answers wherever the bank allows it within `count` questions.
 */
export function drawAttempt(bank: readonly ScorableQuestion[], count: number, seed: number): DrawnQuestion[] {
  const random = seededRandom(seed);
  const order = shuffled(bank, random);
  const size = Math.min(count, bank.length);
  const chosen = new Set<ScorableQuestion>();
  const still = new Map<string, number>();
  for (const [id, total] of questionsPerCompetency(bank))
    if (total >= minQuestionsPerVerdict) still.set(id, minQuestionsPerVerdict);
  const covers = (q: ScorableQuestion) =>
    [...new Set(q.competencies)].filter((c) => (still.get(c) ?? 0) > 0).length;
  while (chosen.size < size && [...still.values()].some((n) => n > 0)) {
    let best: ScorableQuestion | undefined;
    for (const q of order) if (!chosen.has(q) && covers(q) > (best ? covers(best) : 0)) best = q;
    if (!best) break;
    chosen.add(best);
    for (const c of new Set(best.competencies)) if (still.has(c)) still.set(c, still.get(c)! - 1);
  }
  for (const q of order) if (chosen.size < size) chosen.add(q);
  return order.filter((q) => chosen.has(q)).map((q) => ({ id: q.id, optionOrder: optionOrder(q, random) }));
}

function questionsPerCompetency(bank: readonly ScorableQuestion[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const q of bank) for (const c of new Set(q.competencies)) totals.set(c, (totals.get(c) ?? 0) + 1);
  return totals;
}

function optionOrder(question: ScorableQuestion, random: () => number): string[] {
  // True/false is shuffled too: True always first would let a learner learn where the key usually sits.
  const ids = question.options.map((o) => o.id);
  const order = shuffled(ids, random);
  // An ordering question shown already in order would give the answer away.
  if (question.type === 'ordering' && order.every((id, i) => id === ids[i])) order.push(order.shift()!);
  return order;
}
