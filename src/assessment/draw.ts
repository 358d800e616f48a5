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

/** An attempt draws at least this many questions on each competency a content-v3 bank judges. */
export const questionsPerVerdict = 3;
/**
 * The competencies a bank can judge: each one tagged on at least `questionsPerVerdict` questions. The build
 * narrows a module's question tags to what it assesses (module.yaml quiz.assesses), so the bank itself says which
 * they are, and every caller of the draw (attempt, resume, review) draws the same questions without being told.
 */
export function judgedCompetencies(bank: readonly ScorableQuestion[]): string[] {
  const pool = new Map<string, number>();
  for (const q of bank) for (const c of new Set(q.competencies)) pool.set(c, (pool.get(c) ?? 0) + 1);
  return [...pool]
    .filter(([, n]) => n >= questionsPerVerdict)
    .map(([c]) => c)
    .sort();
}

export function drawAttempt(bank: readonly ScorableQuestion[], count: number, seed: number): DrawnQuestion[] {
  const random = seededRandom(seed);
  const order = shuffled(bank, random);
  const total = Math.min(count, bank.length);
  const chosen = new Set(evidenceFirst(order, judgedCompetencies(bank), total));
  for (const q of order) if (chosen.size < total) chosen.add(q);
  // Shown in shuffled order, not in the order the evidence was gathered.
  return order.filter((q) => chosen.has(q)).map((q) => ({ id: q.id, optionOrder: optionOrder(q, random) }));
}

/**
 * The questions, taken from `order`, that give each competency `questionsPerVerdict` questions within `total`:
 * the next one in order that helps while the slots left allow one question per missing answer, so no question
 * is favoured; when they do not, the one helping the most competencies still short (then the shortest), so a
 * question counting for two is used where it has to be. Stops short when the bank cannot cover them.
 */
export function evidenceFirst<Q extends { competencies: readonly string[] }>(
  order: readonly Q[],
  judged: readonly string[],
  total: number,
): Q[] {
  const need = new Map(judged.map((c) => [c, questionsPerVerdict]));
  const chosen: Q[] = [];
  const left = [...order];
  const short = (q: Q) =>
    q.competencies.filter((c, i, all) => (need.get(c) ?? 0) > 0 && all.indexOf(c) === i);
  const shortness = (q: Q) => short(q).reduce((sum, c) => sum + need.get(c)!, 0);
  for (;;) {
    const missing = [...need.values()].reduce((a, b) => a + b, 0);
    // Never more than the attempt asks (total 0: no limit, to find the fewest that judge every competency).
    if (missing === 0 || (total > 0 && chosen.length >= total)) break;
    const tight = missing > total - chosen.length;
    let best = -1;
    left.forEach((q, i) => {
      if (short(q).length === 0) return;
      if (best < 0) best = i;
      else if (tight) {
        const b = left[best]!;
        if (
          short(q).length > short(b).length ||
          (short(q).length === short(b).length && shortness(q) > shortness(b))
        )
          best = i;
      }
    });
    if (best < 0) break;
    const [q] = left.splice(best, 1);
    for (const c of short(q!)) need.set(c, need.get(c)! - 1);
    chosen.push(q!);
  }
  return chosen;
}

function optionOrder(question: ScorableQuestion, random: () => number): string[] {
  // True/false is shuffled too: True always first would let a learner learn where the key usually sits.
  const ids = question.options.map((o) => o.id);
  const order = shuffled(ids, random);
  // An ordering question shown already in order would give the answer away.
  if (question.type === 'ordering' && order.every((id, i) => id === ids[i])) order.push(order.shift()!);
  return order;
}
