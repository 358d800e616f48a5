/**
 * Which questions an attempt asks, and in what order: drawn and shuffled from the attempt's seed, so resume
 * and review show the same order. Option ids travel with their options.
 */
import { seededRandom, shuffled } from './random.ts';
import type { ScorableQuestion } from './scoring.ts';

export interface DrawnQuestion {
  id: string;
  /** option ids in the order shown */
  optionOrder: string[];
}

export function drawAttempt(bank: readonly ScorableQuestion[], count: number, seed: number): DrawnQuestion[] {
  const random = seededRandom(seed);
  return shuffled(bank, random)
    .slice(0, Math.min(count, bank.length))
    .map((q) => ({ id: q.id, optionOrder: optionOrder(q, random) }));
}

function optionOrder(question: ScorableQuestion, random: () => number): string[] {
  // True/false is shuffled too: True always first would let a learner learn where the key usually sits.
  const ids = question.options.map((o) => o.id);
  const order = shuffled(ids, random);
  // An ordering question shown already in order would give the answer away.
  if (question.type === 'ordering' && order.every((id, i) => id === ids[i])) order.push(order.shift()!);
  return order;
}
