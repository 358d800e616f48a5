import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledOption, CompiledQuestion } from '../content/compiled.ts';
import { answeredClass, answerMarks, ownAnsweredClass, ownAnswerMarks } from './answer-marks.ts';
import { AnswerSubmitEvent, NextQuestionEvent, ResponseChangeEvent } from './events.ts';
import { LightElement } from './light-element.ts';
import { bringIntoView } from './bring-into-view.ts';

/**
 * One knowledge-check question: a fieldset with a legend, native radios or checkboxes whose value is the
 * option id (the id reported to the LMS), or an ordering list moved with buttons. After "Submit answer"
 * the feedback is announced and the options are locked.
 *
 * Content HTML (stems, options, feedback) is authored and rendered at build time, never learner input.
 *
 * @event imh-response-change - the selection changed
 * @event imh-answer-submit - the learner submitted
 * @event imh-next-question - the learner moves on after feedback
 */
@customElement('imh-question')
export class ImhQuestion extends LightElement {
  @property({ attribute: false }) question!: CompiledQuestion;
  /** option ids in the order shown */
  @property({ attribute: false }) optionOrder: string[] = [];
  @property({ attribute: false }) response: string[] = [];
  @property({ type: Boolean }) submitted = false;
  @property({ type: Boolean }) correct = false;
  /**
   * Whether feedback may show which options are keys. Off during a scored attempt (the default, issue 20): the
   * learner learns whether they were right and why their own choice was right or wrong, not the key.
   */
  @property({ type: Boolean }) revealKeys = false;
  @property({ type: Number }) index = 0;
  @property({ type: Number }) total = 1;

  private get orderedOptions(): CompiledOption[] {
    const byId = new Map(this.question.options.map((o) => [o.id, o]));
    const ids =
      this.question.type === 'ordering' && this.response.length > 0 ? this.response : this.optionOrder;
    return ids.map((id) => byId.get(id)!).filter(Boolean);
  }

  private select(option: string, checked: boolean): void {
    const response =
      this.question.type === 'multiple'
        ? [...this.response.filter((id) => id !== option), ...(checked ? [option] : [])].sort()
        : [option];
    this.dispatchEvent(new ResponseChangeEvent({ response }));
  }

  private move(position: number, by: -1 | 1): void {
    const order = this.orderedOptions.map((o) => o.id);
    const target = position + by;
    [order[position], order[target]] = [order[target]!, order[position]!];
    this.dispatchEvent(new ResponseChangeEvent({ response: order }));
    // Keep focus with the moved item so keyboard users can keep moving it.
    void this.updateComplete.then(() => {
      const button = this.querySelector<HTMLButtonElement>(`[data-move="${order[target]}"][data-by="${by}"]`);
      (button && !button.disabled
        ? button
        : this.querySelector<HTMLButtonElement>(`[data-move="${order[target]}"]`)
      )?.focus();
    });
  }

  /**
   * After Submit the one persistent button (Next question / See results) takes focus, so the keyboard is where
   * the learner goes next, and the verdict (announced by the live region) is scrolled into view beside it. A
   * question restored already answered takes no focus.
   */
  protected override updated(changed: PropertyValues<this>): void {
    if (!(changed.has('submitted') && this.submitted && changed.get('submitted') === false)) return;
    this.querySelector<HTMLButtonElement>('.actions button[type="submit"]')?.focus();
    bringIntoView(this.querySelector('.verdict'));
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.submitted) this.dispatchEvent(new NextQuestionEvent());
    else this.dispatchEvent(new AnswerSubmitEvent());
  }

  protected override render() {
    const q = this.question;
    const inputType = q.type === 'multiple' ? 'checkbox' : 'radio';
    const hint =
      q.type === 'multiple'
        ? 'Select all that apply.'
        : q.type === 'ordering'
          ? 'Put these in order, first at the top. Use the Move up and Move down buttons.'
          : '';
    const hintId = `hint-${q.id}`;
    const progress = Math.round(((this.index + (this.submitted ? 1 : 0)) / Math.max(1, this.total)) * 100);
    return html`
      <div class="quiz-progress" aria-hidden="true">
        <span class="quiz-progress-fill" style=${`width:${progress}%`}></span>
      </div>
      <form class="question" @submit=${this.onSubmit} novalidate>
        ${
          q.vignetteHtml
            ? html`<div class="vignette">
                <p class="vignette-label">Scenario</p>
                ${unsafeHTML(q.vignetteHtml)}
              </div>`
            : nothing
        }
        <fieldset aria-describedby=${hint ? hintId : nothing}>
          <legend>
            <span class="question-count">Question ${this.index + 1} of ${this.total}</span>
            <span class="stem">${unsafeHTML(q.stemHtml)}</span>
          </legend>
          ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
          ${q.type === 'ordering' ? this.renderOrdering() : this.renderChoices(inputType)}
        </fieldset>
        <div role="status" aria-live="polite">
          ${
            this.submitted
              ? html`<div class="feedback ${this.correct ? 'is-correct' : ''}">${this.renderFeedback()}</div>`
              : nothing
          }
        </div>
        <div class="actions">
          ${
            this.submitted
              ? html`<button type="submit" class="primary">
                  ${this.index + 1 < this.total ? 'Next question' : 'See results'}
                </button>`
              : html`<button
                  type="submit"
                  class="primary"
                  ?disabled=${this.response.length === 0 && q.type !== 'ordering'}
                >
                  Submit answer
                </button>`
          }
        </div>
      </form>
    `;
  }

  private renderChoices(inputType: 'radio' | 'checkbox') {
    return html`<div class="options">
      ${this.orderedOptions.map((option) => {
        const id = `${this.question.id}-${option.id}`;
        const chosen = this.response.includes(option.id);
        const marked = !this.submitted
          ? ''
          : this.revealKeys
            ? answeredClass(chosen, option.correct)
            : ownAnsweredClass(chosen, option.correct);
        return html`<div class="option ${marked}">
          <input
            type=${inputType}
            id=${id}
            name=${this.question.id}
            value=${option.id}
            .checked=${chosen}
            ?disabled=${this.submitted}
            @change=${(e: Event) => this.select(option.id, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}
            >${unsafeHTML(option.html)}${this.submitted ? this.marks(chosen, option.correct) : nothing}</label
          >
        </div>`;
      })}
    </div>`;
  }

  private renderOrdering() {
    const options = this.orderedOptions;
    return html`<ol class="ordering">
      ${options.map(
        (option, i) =>
          html`<li>
            <span class="ordering-text" id=${`${this.question.id}-${option.id}`}
              >${unsafeHTML(option.html)}</span
            >
            ${
              // once answered the order is fixed: the moves would only be noise
              this.submitted
                ? nothing
                : html`<span class="ordering-buttons">
                    <button
                      type="button"
                      data-move=${option.id}
                      data-by="-1"
                      ?disabled=${i === 0}
                      aria-describedby=${`${this.question.id}-${option.id}`}
                      @click=${() => this.move(i, -1)}
                    >
                      Move up
                    </button>
                    <button
                      type="button"
                      data-move=${option.id}
                      data-by="1"
                      ?disabled=${i === options.length - 1}
                      aria-describedby=${`${this.question.id}-${option.id}`}
                      @click=${() => this.move(i, 1)}
                    >
                      Move down
                    </button>
                  </span>`
            }
          </li>`,
      )}
    </ol>`;
  }

  private marks(chosen: boolean, correct: boolean) {
    return this.revealKeys ? answerMarks(chosen, correct) : ownAnswerMarks(chosen, correct);
  }

  private renderFeedback() {
    const q = this.question;
    const general = q.feedback ? (this.correct ? q.feedback.correctHtml : q.feedback.incorrectHtml) : '';
    const explained =
      q.type === 'ordering'
        ? []
        : this.orderedOptions.filter((o) => this.response.includes(o.id) || (this.revealKeys && o.correct));
    return html`
      <p class="verdict ${this.correct ? 'verdict-correct' : 'verdict-incorrect'}">
        <span aria-hidden="true">${this.correct ? '✓' : '✗'}</span>
        ${this.correct ? 'Correct.' : 'Not quite.'}
      </p>
      ${general ? html`<p>${unsafeHTML(general)}</p>` : nothing}
      ${
        q.type === 'ordering' && !this.correct && this.revealKeys
          ? html`<p>The order that fits best:</p>
              <ol>
                ${q.options.map((o) => html`<li>${unsafeHTML(o.html)}</li>`)}
              </ol>`
          : nothing
      }
      ${
        explained.length
          ? html`<ul class="option-feedback">
              ${explained.map(
                (o) =>
                  html`<li>
                    ${this.marks(this.response.includes(o.id), o.correct)}
                    <strong>${unsafeHTML(o.html)}</strong> ${unsafeHTML(o.feedbackHtml)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-question': ImhQuestion;
  }
}
