/**
 * The evidence a module's knowledge check gathers (issue 20), as lint:content prints it: the competencies it
 * judges, the fewest questions an attempt draws on one of them, how large the pools are against that, and the
 * share of applied items.
 */
import { drawAttempt, questionsPerVerdict } from './draw.ts';
import type { ScorableQuestion } from './scoring.ts';

export interface EvidenceReport {
  /** quiz.assesses, or every competency the bank tags when the module does not name them */
  judged: string[];
  declared: boolean;
  /** over `seeds` draws: the fewest questions any judged competency got in one attempt */
  minPerAttempt: number;
  /** the smallest pool of a judged competency ÷ what an attempt draws on it (at least 3) */
  poolRatio: number;
  /** share of the bank that is L2 or scenario */
  appliedShare: number;
}

export function evidenceReport(
  bank: readonly (ScorableQuestion & { level: string })[],
  questionsPerAttempt: number,
  assesses: readonly string[] | undefined,
  seeds = 200,
): EvidenceReport {
  const judged = assesses ? [...assesses] : [...new Set(bank.flatMap((q) => q.competencies))].sort();
  const byId = new Map(bank.map((q) => [q.id, q]));
  let minPerAttempt = Infinity;
  const drawnMost = new Map(judged.map((c) => [c, 0]));
  for (let seed = 1; seed <= seeds; seed++) {
    const drawn = drawAttempt(bank, questionsPerAttempt, Math.imul(seed, 2654435761) >>> 0);
    for (const c of judged) {
      const n = drawn.filter((d) => byId.get(d.id)!.competencies.includes(c)).length;
      minPerAttempt = Math.min(minPerAttempt, n);
      drawnMost.set(c, Math.max(drawnMost.get(c)!, n));
    }
  }
  const ratios = judged.map(
    (c) =>
      bank.filter((q) => q.competencies.includes(c)).length /
      Math.max(questionsPerVerdict, drawnMost.get(c)!),
  );
  return {
    judged,
    declared: assesses !== undefined,
    minPerAttempt: judged.length ? minPerAttempt : 0,
    poolRatio: ratios.length ? Math.min(...ratios) : 0,
    appliedShare: bank.length
      ? bank.filter((q) => q.level === 'L2' || q.type === 'scenario').length / bank.length
      : 0,
  };
}
