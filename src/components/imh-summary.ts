import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { AttemptScore } from '../assessment/scoring.ts';
import type { CompiledModule } from '../content/compiled.ts';
import { competencyPercent, statusLabel } from './competency-label.ts';
import { NavigateEvent } from './events.ts';
import { nextModuleMessages } from './session-notices.ts';
import { LightElement } from './light-element.ts';
import { wholePercent } from './whole-percent.ts';

/**
 * The completion screen and printable CPD summary: the knowledge-check result per competency in the
 * framework's words (achieved / working towards), outcomes met, date and module version, the learner's private
 * reflections, and where to find support. Short on screen (results as a table, the rest behind <details>),
 * complete on paper: every <details> opens for printing and closes again afterwards.
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
  /** one module of a whole-course package: without Continue, the learner is told how to go on */
  @property({ type: Boolean }) inCourse = false;
  /** The next module has been asked for; the LMS is about to replace this page. */
  @property({ type: Boolean }) leaving = false;
  /** The LMS has a next module but cannot open it from here (Moodle): offer its course menu instead. */
  @property({ type: Boolean }) canExitToMenu = false;
  /** The learner has exited to the LMS's course menu. */
  @property({ type: Boolean }) leftForMenu = false;

  /** the <details> this summary opened for printing, to close again afterwards */
  private openedForPrint: HTMLDetailsElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.openForPrint);
    window.addEventListener('afterprint', this.closeAfterPrint);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeprint', this.openForPrint);
    window.removeEventListener('afterprint', this.closeAfterPrint);
    super.disconnectedCallback();
  }

  private readonly openForPrint = () => {
    this.openedForPrint = [...this.querySelectorAll('details')].filter((d) => !d.open);
    for (const d of this.openedForPrint) d.open = true;
  };

  private readonly closeAfterPrint = () => {
    for (const d of this.openedForPrint) d.open = false;
    this.openedForPrint = [];
  };

  /**
   * The completion moment: a calm badge (drawn in, transform only, none under reduced motion) and one line on
   * what was achieved, before the summary's detail.
   */
  private renderMoment() {
    const score = this.score;
    if (!score) return nothing;
    const achieved = score.competencies.filter((c) => c.status === 'achieved').length;
    const percent = wholePercent(score.percent, this.module.quiz.passMark, score.passed);
    return html`<div class="completion-moment ${score.passed ? 'is-passed' : ''}">
      <svg class="completion-badge" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <circle cx="24" cy="24" r="21" />
        <path d="M14 25l7 7 13-15" />
      </svg>
      <p class="completion-lead">
        ${score.passed ? `Passed with ${percent}%.` : `Finished with ${percent}%.`} ${achieved} of
        ${score.competencies.length} ${score.competencies.length === 1 ? 'competency' : 'competencies'}
        achieved.
      </p>
    </div>`;
  }

  protected override render() {
    const m = this.module;
    const status = new Map(this.score?.competencies.map((c) => [c.id, c]) ?? []);
    const date = this.date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    const outcomes = m.outcomes.map((o) => ({
      html: o.html,
      // The verdict rule: a competency not assessed in the attempt meets no outcome.
      met: o.competencies.every((c) => {
        const s = status.get(c)?.status;
        return s !== 'working-towards' && s !== 'not-assessed';
      }),
    }));
    return html`<section class="screen summary" aria-labelledby="screen-heading">
      <h2 id="screen-heading" tabindex="-1">Module complete</h2>
      ${this.renderMoment()}
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
        ${
          this.canExitToMenu
            ? html`<button
                type="button"
                class="primary"
                aria-describedby="menu-instruction"
                @click=${() => this.dispatchEvent(new NavigateEvent({ to: 'exit-to-menu' }))}
              >
                Exit to the course menu
              </button>`
            : nothing
        }
      </div>
      ${
        this.canExitToMenu
          ? html`<p id="menu-instruction" class="hint no-print">${nextModuleMessages.menuInstruction}</p>`
          : this.inCourse && !this.canContinue && !this.leaving && !this.leftForMenu
            ? html`<p class="hint no-print">
                To go on, close this module and choose the next one from your learning platform's course menu.
                Your progress in this module is saved.
              </p>`
            : nothing
      }
      <p class="hint no-print" role="status">
        ${
          this.leaving
            ? nextModuleMessages.continuing
            : this.leftForMenu
              ? nextModuleMessages.leftForMenu
              : ''
        }
      </p>
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
                  <dd>
                    ${wholePercent(this.score.percent, m.quiz.passMark, this.score.passed)}%
                    (${this.score.passed ? 'passed' : 'not passed'})
                  </dd>`
              : nothing
          }
        </dl>
        <h4 id="profile-heading">Competency profile</h4>
        <table class="profile" aria-labelledby="profile-heading">
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col" class="domain">Domain</th>
              <th scope="col">Knowledge check</th>
            </tr>
          </thead>
          <tbody>
            ${m.competencies.map((c) => {
              const result = status.get(c.id);
              return html`<tr>
                <td><span class="competency-id">${c.id}</span> ${c.statement}</td>
                <td class="domain">${c.domain}. ${c.domainName}</td>
                <td class="status ${result ? `status-${result.status}` : ''}">
                  ${result ? `${statusLabel[result.status]} (${competencyPercent(result)}%)` : 'Not assessed in this attempt'}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
        <details class="summary-more">
          <summary>
            Learning outcomes: ${outcomes.filter((o) => o.met).length} of ${outcomes.length} met
          </summary>
          <ul class="outcomes-met">
            ${outcomes.map(
              (o) =>
                html`<li>${unsafeHTML(o.html)} — <strong>${o.met ? 'met' : 'working towards'}</strong></li>`,
            )}
          </ul>
        </details>
        ${
          this.reflections.length
            ? html`<details class="summary-more">
                <summary>My reflections (private, from this device): ${this.reflections.length}</summary>
                ${this.reflections.map(
                  (r) =>
                    html`<p class="reflection-prompt">${r.prompt}</p>
                      <p class="reflection-text">${r.text}</p>`,
                )}
              </details>`
            : nothing
        }
        <p class="hint">
          The competencies are this course's, mapped to the domains of the AIMH UK Infant Mental Health
          Competency Framework; they are not official framework numbers.
        </p>
      </article>
      <section class="support" aria-labelledby="support-heading">
        <h3 id="support-heading">Where to find support</h3>
        <p>
          If this module has stirred up feelings about your own life or about a family you work with, you are
          not alone, and support is close: here, and under Support at the top of every page.
        </p>
        <details class="summary-more">
          <summary>People and services that can help</summary>
          <div class="prose">${unsafeHTML(m.supportHtml)}</div>
        </details>
      </section>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-summary': ImhSummary;
  }
}
