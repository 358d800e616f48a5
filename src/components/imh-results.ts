import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AttemptScore } from '../assessment/scoring.ts';
import { keysAfterAttempt } from '../assessment/review-policy.ts';
import type { CompiledCompetency, ReviewPolicy } from '../content/compiled.ts';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { competencyPercent, statusLabel } from './competency-label.ts';
import { NavigateEvent } from './events.ts';
import { LightElement } from './light-element.ts';
import { wholePercent } from './whole-percent.ts';
import type { AnswerReview } from '../player/module-session.ts';

export type Remediation = Record<string, { id: string; title: string }[]>;

export type AnsweredQuestion = AnswerReview;

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
  /** course.yaml `review`: when the keys with their explanations are shown after an attempt */
  @property({ attribute: false }) review: ReviewPolicy | undefined = undefined;
  /** the attempt's questions and the learner's answers, for the review of keys (shown only as `review` allows) */
  @property({ attribute: false }) answers: AnsweredQuestion[] = [];

  private go(detail: NavigateEvent['detail']): void {
    this.dispatchEvent(new NavigateEvent(detail));
  }

  protected override render() {
    const s = this.score;
    const statement = new Map(this.competencies.map((c) => [c.id, c]));
    // In the order of the competency map, not the order the questions happened to be drawn in.
    const order = this.competencies.map((c) => c.id);
    const results = [...s.competencies].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    const missed = results.filter((c) => c.status !== 'achieved');
    const revisit = pagesToRevisit(
      missed.map((c) => c.id),
      this.remediation,
    );
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
                        ${(revisit.get(c.id) ?? []).map(
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
      ${this.renderKeys()}
    </section>`;
  }

  /** The keys with explanations, after a pass or when no attempts remain (afterPass), always, or never. */
  private renderKeys() {
    const left = Number.isFinite(this.attemptsLeft) ? this.attemptsLeft : undefined;
    const shown = keysAfterAttempt(this.review, {
      passed: this.score.passed,
      ...(left !== undefined ? { attemptsLeft: left } : {}),
    });
    if (!shown || this.answers.length === 0) return nothing;
    return html`<details class="answer-review">
      <summary>Review the answers</summary>
      <ol>
        ${this.answers.map(({ question: q, correct }) => {
          const keys = q.type === 'ordering' ? q.options : q.options.filter((o) => o.correct);
          return html`<li>
            <p class="stem">${unsafeHTML(q.stemHtml)}</p>
            <p>
              <strong>${correct ? 'You answered this right.' : 'You answered this differently.'}</strong>
              ${q.type === 'ordering' ? 'The order that fits best:' : 'The answer:'}
            </p>
            <ul class="option-feedback">
              ${keys.map((o) => html`<li><strong>${unsafeHTML(o.html)}</strong> ${unsafeHTML(o.feedbackHtml)}</li>`)}
            </ul>
          </li>`;
        })}
      </ol>
    </details>`;
  }
}

/**
 * The pages to revisit for each competency not achieved, each page once (issue 20): a page that teaches two of
 * them is listed under the first, in the order given, so the learner is not sent to it twice.
 */
export function pagesToRevisit(
  competencyIds: readonly string[],
  remediation: Remediation,
): Map<string, { id: string; title: string }[]> {
  const listed = new Set<string>();
  const result = new Map<string, { id: string; title: string }[]>();
  for (const c of competencyIds) {
    const pages = (remediation[c] ?? []).filter((p) => !listed.has(p.id));
    for (const p of pages) listed.add(p.id);
    result.set(c, pages);
  }
  return result;
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-results': ImhResults;
  }
}
