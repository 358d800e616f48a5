import { html, nothing } from 'lit';

/**
 * After an answer, an option says in words what it was: the learner's own choice ("Your answer", marked as right
 * or not by its style and by the "Correct answer" beside it) and every correct option ("Correct answer"), so the
 * result never rests on colour alone. Used by knowledge-check questions and practice activities alike.
 */
export function answerMarks(chosen: boolean, correct: boolean) {
  if (!chosen && !correct) return nothing;
  return html`<span class="option-marks">
    ${chosen ? html`<span class="mark mark-chosen ${correct ? '' : 'is-wrong'}">Your answer</span>` : nothing}
    ${correct ? html`<span class="mark mark-correct">Correct answer</span>` : nothing}
  </span>`;
}

/** The option's class after an answer: its border and background echo the marks. */
export const answeredClass = (chosen: boolean, correct: boolean) =>
  correct ? 'is-correct' : chosen ? 'is-chosen-wrong' : '';

/**
 * During a scored attempt (issue 20) an option says only whether the learner's own choice was right: never which
 * option was the key, so a retake needs learning, not memory. In words, not colour alone.
 */
export function ownAnswerMarks(chosen: boolean, correct: boolean) {
  if (!chosen) return nothing;
  return html`<span class="option-marks"
    ><span class="mark mark-chosen ${correct ? 'is-right' : 'is-wrong'}"
      >${correct ? 'Your answer: right' : 'Your answer: not right'}</span
    ></span
  >`;
}

/** The option's class after an answer in a scored attempt: only the learner's own choices are marked. */
export const ownAnsweredClass = (chosen: boolean, correct: boolean) =>
  chosen ? (correct ? 'is-chosen-right' : 'is-chosen-wrong') : '';
