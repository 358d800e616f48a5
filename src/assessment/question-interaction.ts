/**
 * What the LMS's interaction record says of a question itself, fixed at build (content/compile.ts) and carried in
 * content.js, so the player only adds the attempt, the answer and its timing (player/lms-reporting.ts).
 */
import type { QuestionType } from '../content/schema.ts';
import type { InteractionType } from '../scorm/lms-adapter.ts';
import { questionVersion } from './option-ids.ts';

export interface QuestionInteraction {
  /**
   * `<questionId>_v<version>`, to which the player adds `-attempt-<K>`: the version (4 base-36 characters of the
   * stem, options and keys) lets a report tell which wording and which option ids an answer was given to.
   */
  id: string;
  type: InteractionType;
  /** the stem's opening words */
  description: string;
}

const interactionType: Record<QuestionType, InteractionType> = {
  single: 'choice',
  scenario: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  ordering: 'sequencing',
};

export function questionInteraction(question: {
  id: string;
  type: QuestionType;
  stemText: string;
  options: readonly { html: string; correct: boolean }[];
}): QuestionInteraction {
  return {
    id: `${question.id}_v${questionVersion(question)}`,
    type: interactionType[question.type],
    description: shortDescription(question.stemText),
  };
}

/**
 * The interaction's description: the stem's opening words. The id names the question; Moodle 2004 posts the
 * whole data model on every Commit and Terminate, so each character here is sent again and again.
 */
function shortDescription(stem: string, limit = 60): string {
  const text = stem.replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > limit / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
