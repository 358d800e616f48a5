/**
 * A learner's first try, held until every file is read (an earlier attempt may come in a later file), packed into
 * one array of numbers: the report holds one per learner and module, so each must be small. Strings (question ids,
 * versions, responses, keys) are kept once each in a shared table, and the try refers to them by number.
 */
import type { RecordedAnswer } from '../read/recorded-answer.ts';
import type { ScoredAnswer } from './try-scoring.ts';

/** Each distinct string once, by number (the question ids, versions and response patterns of a course are few). */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];

  index(value: string | undefined): number {
    if (value === undefined) return -1;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  value(id: number): string | undefined {
    return id < 0 ? undefined : this.values[id];
  }
}

/** Per answer: question, version, response, key, right (1) or wrong (0), weight: each stored + 1 (0: none). */
const FIELDS = 6;

/**
 * A try's answers packed into a string of UTF-16 code units, two per value (any table size): on the heap, about
 * 24 bytes an answer. Latencies, which only CMI JSON files carry, go in an array beside it when there are any. The
 * rest of the try each answer is correlated with is not stored: it is computed again from the weights, exactly as
 * scoreTry computed it.
 */
export interface PackedTry {
  text: string;
  latencies: Float64Array | undefined;
}

const joined = (ids: readonly string[] | undefined) => (ids === undefined ? undefined : ids.join(','));
const split = (text: string | undefined) =>
  text === undefined ? undefined : text === '' ? [] : text.split(',');

export function packTry(answers: readonly ScoredAnswer[], table: StringTable): PackedTry {
  const units: number[] = [];
  const put = (value: number) => units.push(value & 0xffff, value >>> 16);
  let latencies: Float64Array | undefined;
  answers.forEach(({ answer, correct, weight }, i) => {
    put(table.index(answer.questionId) + 1);
    put(table.index(answer.questionVersion) + 1);
    put(table.index(joined(answer.response)) + 1);
    put(table.index(joined(answer.correctResponse)) + 1);
    put(correct ? 2 : 1);
    put(table.index(String(weight)) + 1);
    if (answer.latencyMs !== undefined) {
      latencies ??= new Float64Array(answers.length).fill(Number.NaN);
      latencies[i] = answer.latencyMs;
    }
  });
  let text = '';
  for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.slice(i, i + 4096));
  return { text, latencies };
}

/** The answers again, with what the item analysis reads (the LMS's result is the `correct` it was scored with). */
export function unpackTry(packed: PackedTry, table: StringTable): ScoredAnswer[] {
  const { text } = packed;
  const get = (field: number) => text.charCodeAt(field * 2) + text.charCodeAt(field * 2 + 1) * 0x10000 - 1;
  const count = text.length / (FIELDS * 2);
  const weights: number[] = [];
  const rights: boolean[] = [];
  let earned = 0;
  let available = 0;
  for (let i = 0; i < count; i++) {
    const weight = Number(table.value(get(i * FIELDS + 5)));
    const correct = get(i * FIELDS + 4) === 1;
    weights.push(weight);
    rights.push(correct);
    earned += correct ? weight : 0;
    available += weight;
  }
  const answers: ScoredAnswer[] = [];
  for (let i = 0; i < count; i++) {
    const at = i * FIELDS;
    const correct = rights[i]!;
    const weight = weights[i]!;
    const version = table.value(get(at + 1));
    const latency = packed.latencies?.[i];
    const answer: RecordedAnswer = {
      questionId: table.value(get(at))!,
      ...(version === undefined ? {} : { questionVersion: version }),
      tryNumber: 1,
      response: split(table.value(get(at + 2))),
      correctResponse: split(table.value(get(at + 3))),
      result: correct ? 'correct' : 'wrong',
      latencyMs: latency === undefined || Number.isNaN(latency) ? undefined : latency,
      objectiveIds: undefined,
      weighting: undefined,
    };
    // As scoreTry computes it, in the same order of operations (so the same number, to the last bit).
    const restAvailable = available - weight;
    const rest = restAvailable > 0 ? (earned - (correct ? weight : 0)) / restAvailable : undefined;
    answers.push({ answer, correct, weight, rest });
  }
  return answers;
}
