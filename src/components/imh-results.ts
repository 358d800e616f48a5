import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { AnswerReview } from '../player/module-session.ts';
import type { AttemptScore } from '../assessment/scoring.ts';
import type { CompiledCompetency } from '../content/compiled.ts';
import { competencyPercent, statusLabel } from './competency-label.ts';
import { NavigateEvent } from './events.ts';
import { LightElement } from './light-element.ts';
import { wholePercent } from './whole-percent.ts';

export type Remediation = Record<string, { id: string; title: string }[]>;

/**
 * The result of an attempt: overall score and pass/fail, a bar per competency with its status, and for each
 * competency still being worked towards, links to the pages that teach it.
 */
@customElement('imh-results')
export class ImhResults extends LightElement {
  @property({ attribute: false }) score!: AttemptScore;
  @property({ attribute: false }) competencies: CompiledCompetency[] = [];
  @property({ attribute: false }) remediation: Remediation = {};
  @property({ type: Number }) passMark = 80;
  @property({ type: Boolean }) canRetry = false;
  @property({ type: Boolean }) complete = false;
  @property({ type: Number }) attemptsLeft = Infinity;
  /** the keys with explanations, once the course's review policy allows (null until then) */
  @property({ attribute: false }) answers: AnswerReview[] | null = null;

  private go(detail: NavigateEvent['detail']): void {
    this.dispatchEvent(new NavigateEvent(detail));
  }

  protected override render() {
    const s = this.score;
    const statement = new Map(this.competencies.map((c) => [c.id, c]));
    // In the order of the competency map, not the order the questions happened to be drawn in.
    const order = this.competencies.map((c) => c.id);
    const results = [...s.competencies].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    // Competencies with a wrong answer and no "achieved" verdict, each with its pages; a page is listed once, under
    // the first competency that sends the learner to it.
    const listed = new Set<string>();
    const missed = results
      .filter((c) => c.status !== 'achieved' && c.earned < c.available)
      .map((c) => ({
        ...c,
        pages: (this.remediation[c.id] ?? []).filter((p) => !listed.has(p.id) && Boolean(listed.add(p.id))),
      }))
      .filter((c) => c.pages.length > 0);
    const percent = wholePercent(s.percent, this.passMark, s.passed);
    return html`<section class="screen results" aria-labelledby="screen-heading">
      <h2 id="screen-heading" tabindex="-1">Your results</h2>
      <div class="score-card ${s.passed ? 'is-passed' : 'is-not-passed'}">
        <p class="score" aria-hidden="true">${percent}%</p>
        <p class="overall">
          You scored <strong>${percent}%</strong> (${s.earned} of ${s.available}).
          ${s.passed ? html`<strong>Passed.</strong>` : html`<strong>Not passed yet</strong>: the pass mark is ${this.passMark}%.`}
        </p>
      </div>
      <div class="actions results-actions">
        ${
          this.canRetry
            ? html`<button type="button" class="primary" @click=${() => this.go({ to: 'retry' })}>
                  Retry
                </button>
                ${Number.isFinite(this.attemptsLeft) ? html`<span class="hint">${this.attemptsLeft} attempt(s) left.</span>` : nothing}`
            : nothing
        }
        ${
          this.complete
            ? html`<button type="button" class="primary" @click=${() => this.go({ to: 'finish' })}>
                Finish module
              </button>`
            : nothing
        }
      </div>
      <h3>By competency</h3>
      <ul class="competency-bars">
        ${results.map((c) => {
          const info = statement.get(c.id);
          const percent = competencyPercent(c);
          return html`<li>
            <p class="competency-name"><strong>${c.id}</strong> ${info?.statement ?? ''}</p>
            <div class="bar" aria-hidden="true">
              <span class="bar-fill ${c.status}" style=${`width:${percent}%`}></span>
            </div>
            <p class="competency-result">
              ${percent}% — <strong>${statusLabel[c.status]}</strong> (${c.earned} of ${c.available})
            </p>
          </li>`;
        })}
      </ul>
      ${
        missed.length
          ? html`<h3>Where to look again</h3>
              <ul class="remediation">
                ${missed.map(
                  (c) =>
                    html`<li>
                      <strong>${c.id}</strong> ${statement.get(c.id)?.statement ?? ''}
                      <ul>
                        ${c.pages.map(
                          (p) =>
                            html`<li>
                              <button
                                type="button"
                                class="link"
                                @click=${() => this.go({ to: 'page', pageId: p.id })}
                              >
                                Review: ${p.title}
                              </button>
                            </li>`,
                        )}
                      </ul>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${this.renderAnswers()}
    </section>`;
  }

  /** The attempt's questions with the learner's answers and the keys, when the review policy allows. */
  private renderAnswers() {
    if (!this.answers?.length) return nothing;
    return html`<details class="answer-review">
      <summary>Your answers, with the answers that fit best</summary>
      <ol>
        ${this.answers.map(({ question: q, response, correct }) => {
          const byId = new Map(q.options.map((o) => [o.id, o]));
          const given = response.map((id) => byId.get(id)).filter((o) => o !== undefined);
          const keys = q.type === 'ordering' ? q.options : q.options.filter((o) => o.correct);
          return html`<li>
            <div class="review-stem">${unsafeHTML(q.stemHtml)}</div>
            <p>
              <strong>${correct ? 'Right' : 'Not quite'}.</strong> Your answer:
              ${given.length ? given.map((o, i) => html`${i ? '; ' : ''}${unsafeHTML(o.html)}`) : 'none'}
            </p>
            <p>
              ${q.type === 'ordering' ? 'The order that fits best' : 'The answer that fits best'}:
              ${keys.map((o, i) => html`${i ? '; ' : ''}${unsafeHTML(o.html)}`)}
            </p>
            ${q.feedback ? html`<p>${unsafeHTML(q.feedback.correctHtml)}</p>` : nothing}
            ${q.type === 'ordering' ? nothing : keys.map((o) => html`<p>${unsafeHTML(o.feedbackHtml)}</p>`)}
          </li>`;
        })}
      </ol>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-results': ImhResults;
  }
}
