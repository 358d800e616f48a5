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
