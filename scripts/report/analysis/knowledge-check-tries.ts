/**
 * A record's answers split into the course's knowledge-check tries (the `-attempt-K` suffix), each marked
 * finished or not: a try followed by another was finished; the last one was finished when the LMS holds a final
 * status and the try is as long as the earlier ones (a learner who retries and leaves mid-way keeps the earlier
 * try's score and status).
 */
import type { AttemptRecord } from '../read/attempt-record.ts';
import type { RecordedAnswer } from '../read/recorded-answer.ts';

export interface KnowledgeCheckTry {
  tryNumber: number;
  answers: RecordedAnswer[];
  finished: boolean;
}

const finalStatuses = new Set(['passed', 'failed', 'completed']);

export function splitTries(record: AttemptRecord): KnowledgeCheckTry[] {
  const byTry = new Map<number, RecordedAnswer[]>();
  for (const answer of record.answers ?? []) {
    const list = byTry.get(answer.tryNumber);
    if (list) list.push(answer);
    else byTry.set(answer.tryNumber, [answer]);
  }
  const tries = [...byTry.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([tryNumber, answers]) => ({ tryNumber, answers, finished: true }));
  const last = tries.at(-1);
  if (last) {
    const longestEarlier = Math.max(0, ...tries.slice(0, -1).map((t) => t.answers.length));
    last.finished = finalStatuses.has(record.status) && last.answers.length >= longestEarlier;
  }
  return tries;
}
