import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { AttemptScore } from '../assessment/scoring.ts';
import type { CompiledModule } from '../content/compiled.ts';
import { statusLabel } from './competency-label.ts';
import { NavigateEvent } from './events.ts';
import { LightElement } from './light-element.ts';

/**
 * The completion screen and printable CPD summary: competency profile in the framework's vocabulary
 * (achieved / working towards), outcomes met, date and module version, the learner's private reflections,
 * and where to find support.
 */
@customElement('imh-summary')
export class ImhSummary extends LightElement {
  @property({ attribute: false }) module!: CompiledModule;
  @property({ attribute: false }) score: AttemptScore | null = null;
  @property({ attribute: false }) reflections: { prompt: string; text: string }[] = [];
  @property() learnerName = '';
  @property({ attribute: false }) date = new Date();
  /** The LMS offers a next module (a sequenced SCORM 2004 course). */
  @property({ type: Boolean }) canContinue = false;
  /** The next module has been asked for; the LMS is about to replace this page. */
  @property({ type: Boolean }) leaving = false;

  protected override render() {
    const m = this.module;
    const status = new Map(this.score?.competencies.map((c) => [c.id, c]) ?? []);
    const date = this.date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    return html`<section class="screen summary" aria-labelledby="screen-heading">
      <h2 id="screen-heading" tabindex="-1">Module complete</h2>
      <p>
        Well done for finishing <strong>${m.title}</strong>. Below is a summary you can print or save as PDF
        for your CPD portfolio.
      </p>
      <div class="actions no-print">
        <button type="button" class="primary" @click=${() => window.print()}>Print summary</button>
        ${
          this.canContinue
            ? html`<button
                type="button"
                class="primary"
                @click=${() => this.dispatchEvent(new NavigateEvent({ to: 'next-module' }))}
              >
                Continue to the next module
              </button>`
            : nothing
        }
      </div>
      <p class="hint no-print" role="status">${this.leaving ? 'Opening the next module…' : ''}</p>
      <article class="cpd-summary" aria-labelledby="summary-heading">
        <h3 id="summary-heading">CPD summary: ${m.courseTitle}</h3>
        <dl class="summary-facts">
          ${
            this.learnerName
              ? html`<dt>Learner</dt>
                  <dd>${this.learnerName}</dd>`
              : nothing
          }
          <dt>Module</dt>
          <dd>${m.title}</dd>
          <dt>Version</dt>
          <dd>${m.version}</dd>
          <dt>Date</dt>
          <dd>${date}</dd>
          ${
            this.score
              ? html`<dt>Knowledge check</dt>
                  <dd>${this.score.percent}% (${this.score.passed ? 'passed' : 'not passed'})</dd>`
              : nothing
          }
        </dl>
        <h4>Competency profile</h4>
        <table class="profile">
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Domain</th>
              <th scope="col">Self-assessment</th>
            </tr>
          </thead>
          <tbody>
            ${m.competencies.map((c) => {
              const result = status.get(c.id);
              return html`<tr>
                <td><strong>${c.id}</strong> ${c.statement}</td>
                <td>${c.domain}. ${c.domainName}</td>
                <td>
                  ${result ? `${statusLabel[result.status]} (${result.percent}%)` : 'Not assessed in this attempt'}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
        <h4>Learning outcomes</h4>
        <ul class="outcomes-met">
          ${m.outcomes.map((o) => {
            const met = o.competencies.every((c) => status.get(c)?.status !== 'working-towards');
            return html`<li>${unsafeHTML(o.html)} — <strong>${met ? 'met' : 'working towards'}</strong></li>`;
          })}
        </ul>
        ${
          this.reflections.length
            ? html`<h4>My reflections (private, from this device)</h4>
                ${this.reflections.map(
                  (r) =>
                    html`<p class="reflection-prompt">${r.prompt}</p>
                      <p class="reflection-text">${r.text}</p>`,
                )}`
            : nothing
        }
        <p class="hint">
          The competencies are this course's, mapped to the domains of the AIMH UK Infant Mental Health
          Competency Framework; they are not official framework numbers.
        </p>
      </article>
      <section class="support" aria-labelledby="support-heading">
        <h3 id="support-heading">Where to find support</h3>
        ${unsafeHTML(m.supportHtml)}
      </section>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-summary': ImhSummary;
  }
}
