/**
 * Everything counted about one question over a set of answers (first tries, or all tries): how many, how many
 * right, discrimination against the rest of the try, which options were chosen, whole response patterns and
 * latency. Constant memory per question whatever the number of answers.
 */
import type { RecordedAnswer } from '../read/recorded-answer.ts';
import { CorrelationAccumulator } from '../stats/correlation.ts';
import { RestScores } from '../stats/discriminative-efficiency.ts';
import { StreamingMedian } from '../stats/median.ts';

/** Distinct whole responses kept per question; rarer ones beyond this are not listed. */
const MAX_PATTERNS = 200;

export class ItemTally {
  answers = 0;
  correct = 0;
  answersWithResponse = 0;
  readonly discrimination = new CorrelationAccumulator();
  readonly restScores = new RestScores();
  readonly latency = new StreamingMedian();
  /** Option id → answers that chose it (a multiple-response answer chooses several). */
  readonly choices = new Map<string, number>();
  /** Whole response ("a,c,b,d,e") → answers that gave it. */
  readonly patterns = new Map<string, { count: number; correct: boolean }>();

  add(answer: RecordedAnswer, correct: boolean, rest: number | undefined): void {
    this.answers++;
    if (correct) this.correct++;
    if (rest !== undefined) {
      this.discrimination.add(correct ? 1 : 0, rest);
      this.restScores.add(correct, rest);
    }
    if (answer.latencyMs !== undefined) this.latency.add(answer.latencyMs);
    const response = answer.response;
    if (response === undefined || response.length === 0) return;
    this.answersWithResponse++;
    for (const id of response.length === 1 ? response : new Set(response))
      this.choices.set(id, (this.choices.get(id) ?? 0) + 1);
    const key = response.length === 1 ? response[0]! : response.join(',');
    const pattern = this.patterns.get(key);
    if (pattern) pattern.count++;
    else if (this.patterns.size < MAX_PATTERNS) this.patterns.set(key, { count: 1, correct });
  }

  get facility(): number | undefined {
    return this.answers > 0 ? this.correct / this.answers : undefined;
  }
}
