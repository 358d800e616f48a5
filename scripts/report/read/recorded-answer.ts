/**
 * One answer as an LMS recorded it, and the readers for its parts: the `-attempt-K` suffix that tells the course's
 * knowledge-check tries apart inside one LMS attempt, the result vocabulary of both SCORM versions, and response
 * patterns in either version's form (`a,c,e` in 1.2, `a[,]c[,]e` in 2004; `t`/`f` or `true`/`false`).
 */

export type AnswerResult = 'correct' | 'wrong' | 'unknown';

export interface RecordedAnswer {
  /** The course's question id: the interaction id without its `-attempt-K` suffix. */
  questionId: string;
  /**
   * The question's content version the course wrote into the id (`<questionId>_v<hash>-attempt-K`, four base-36
   * characters of a hash of stem, options and keys); absent in exports made before the course wrote it.
   */
  questionVersion?: string;
  /** K: which knowledge-check try inside the LMS attempt. */
  tryNumber: number;
  /** Option ids as given; undefined when the export does not show responses. */
  response: string[] | undefined;
  /** The pattern the course reported as correct, as option ids; undefined when not exported. */
  correctResponse: string[] | undefined;
  result: AnswerResult;
  latencyMs: number | undefined;
  /** Competency ids the course sent with the answer (CMI JSON only; Moodle's reports do not show them). */
  objectiveIds: string[] | undefined;
  weighting: number | undefined;
}

/**
 * `ment-quiet-dad-attempt-2` → question `ment-quiet-dad`, try 2; `ment-quiet-dad_v3k9a-attempt-2` → the same, at
 * content version `3k9a`. An id without the suffix is try 1.
 */
export function splitInteractionId(interactionId: string): {
  questionId: string;
  questionVersion?: string;
  tryNumber: number;
} {
  const m = /^(.*)-attempt-(\d+)$/.exec(interactionId.trim());
  const id = m ? m[1]! : interactionId.trim();
  const tryNumber = m ? Number(m[2]) : 1;
  const versioned = /^(.+)_v([0-9a-z]{4})$/.exec(id);
  return versioned
    ? { questionId: versioned[1]!, questionVersion: versioned[2]!, tryNumber }
    : { questionId: id, tryNumber };
}

/** SCORM 1.2 says correct/wrong, 2004 correct/incorrect; anything else (neutral, unanticipated) is not scored. */
export function readResult(text: string | undefined): AnswerResult {
  if (text === 'correct' || text === 'wrong') return text;
  const value = (text ?? '').trim().toLowerCase();
  if (value === 'correct') return 'correct';
  if (value === 'wrong' || value === 'incorrect') return 'wrong';
  return 'unknown';
}

/** Option ids from a response pattern; true-false answers become the bank's option ids `t` and `f`. */
export function readResponse(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const value = text.trim();
  if (value === '') return [];
  if (/^(true|t|1)$/i.test(value)) return ['t'];
  if (/^(false|f|0)$/i.test(value)) return ['f'];
  if (!value.includes(',')) return [value];
  const ids = value.split(value.includes('[,]') ? '[,]' : ',');
  return ids.every((id) => id !== '' && id.trim() === id)
    ? ids
    : ids.map((id) => id.trim()).filter((id) => id !== '');
}
