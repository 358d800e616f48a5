import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledActivity } from '../content/compiled.ts';
import { storyHtml } from '../content/story-html.ts';
import { answeredClass, answerMarks } from './answer-marks.ts';
import { PracticeAnswerEvent } from './events.ts';
import { LightElement } from './light-element.ts';
import { bringIntoView } from './bring-into-view.ts';
import './imh-story.ts';

type Practice = Extract<CompiledActivity, { type: 'practice' }>;

/**
 * A practice vignette: a short case and one question, unscored, with feedback that explains the choice. A
 * vignette with a content note stays behind the note until the learner chooses to read it (imh-story); the
 * question stays, so skipping the story never skips the practice.
 *
 * @event imh-practice-answer - the learner checked an answer (kept in the resume state)
 */
@customElement('imh-practice')
export class ImhPractice extends LightElement {
  @property({ attribute: false }) activity!: Practice;
  /** the saved answer, '' when not yet answered */
  @property() answer = '';
  @state() private selected = '';
  /** the learner has just checked an answer: its verdict is brought into view once shown */
  private checked = false;

  private check(event: SubmitEvent): void {
    event.preventDefault();
    const chosen = this.selected || this.answer;
    if (!chosen) return;
    this.checked = true;
    this.dispatchEvent(new PracticeAnswerEvent({ activityId: this.activity.id, optionId: chosen }));
  }

  protected override updated(): void {
    if (!this.checked || !this.answer) return;
    this.checked = false;
    // In a 500 px LMS frame the feedback opens below the fold; focus stays on the button, the verdict comes up.
    bringIntoView(this.querySelector('.verdict'));
  }

  protected override render() {
    const a = this.activity;
    const answered = a.options.find((o) => o.id === this.answer);
    const name = `practice-${a.id}`;
    return html`<section class="activity practice" aria-labelledby=${`${name}-title`}>
      <h3 id=${`${name}-title`}><span class="activity-kind">Practice</span> ${a.title}</h3>
      ${
        a.contentNoteHtml
          ? unsafeHTML(storyHtml(a.contentNoteHtml, a.vignetteHtml))
          : html`<div class="vignette">${unsafeHTML(a.vignetteHtml)}</div>`
      }
      <form @submit=${this.check} novalidate>
        <fieldset>
          <legend>${unsafeHTML(a.questionHtml)}</legend>
          <div class="options">
            ${a.options.map((o) => {
              const chosen = answered?.id === o.id;
              const correct = Boolean(answered) && o.correct;
              return html`<div class="option ${answered ? answeredClass(chosen, correct) : ''}">
                <input
                  type="radio"
                  id=${`${name}-${o.id}`}
                  name=${name}
                  value=${o.id}
                  .checked=${(this.selected || this.answer) === o.id}
                  @change=${() => (this.selected = o.id)}
                />
                <label for=${`${name}-${o.id}`}>${unsafeHTML(o.html)}${answerMarks(chosen, correct)}</label>
              </div>`;
            })}
          </div>
        </fieldset>
        <button type="submit" class="secondary">Check my answer</button>
        <div role="status" aria-live="polite">
          ${
            answered
              ? html`<div class="feedback ${answered.correct ? 'is-correct' : ''}">
                  <p class="verdict ${answered.correct ? 'verdict-correct' : 'verdict-incorrect'}">
                    <span aria-hidden="true">${answered.correct ? '✓' : '○'}</span>
                    ${answered.correct ? 'A good fit.' : 'Worth another look.'}
                  </p>
                  <p>${unsafeHTML(answered.feedbackHtml)}</p>
                </div>`
              : nothing
          }
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-practice': ImhPractice;
  }
}
