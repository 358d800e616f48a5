import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledModule, ModuleShell } from '../content/compiled.ts';
import { attemptsLeft, canRetry, isComplete } from '../machines/journey-rules.ts';
import type { SessionSnapshot } from '../player/module-session.ts';
import { pagerFor, type Pager } from '../player/pager.ts';
import { loadReflections } from '../state/reflections.ts';
import { NavigateEvent, type NavigateTo } from './events.ts';
import { retakeMessages } from './session-notices.ts';
import { LightElement } from './light-element.ts';
import './imh-lesson-menu.ts';
import './imh-page.ts';
import './imh-question.ts';
import './imh-results.ts';
import './imh-summary.ts';

/**
 * Every screen after the cover, drawn from the session's snapshot: a page with its pager, the knowledge check's
 * content note, a question, the results and the summary (and the reflections for print). It comes with the
 * module's text in player/extras.js, so the launch page carries only the cover; imh-player hands it the snapshot
 * and hears its events like any leaf component's.
 */
@customElement('imh-screens')
export class ImhScreens extends LightElement {
  @property({ attribute: false }) view!: SessionSnapshot;
  @property({ attribute: false }) shell!: ModuleShell;
  /** One module of the whole-course package: the summary may offer the next module. */
  @property({ type: Boolean }) inCourse = false;

  private go(to: NavigateTo): void {
    this.dispatchEvent(new NavigateEvent({ to }));
  }

  protected override render() {
    const v = this.view;
    const module = v.module;
    if (!module) return nothing;
    const screen = v.quizNoteHtml
      ? this.renderQuizNote(v.quizNoteHtml)
      : v.screen === 'pages'
        ? this.renderPage(v, module)
        : v.screen === 'quiz' || v.screen === 'lastAnswer'
          ? this.renderQuiz(v)
          : v.screen === 'results'
            ? this.renderResults(v, module)
            : v.screen === 'complete' || v.screen === 'ended'
              ? this.renderSummary(v, module)
              : nothing;
    const retake = v.retakeOverPass
      ? html`<p class="notice retake-notice">${retakeMessages.afterPass}</p>`
      : nothing;
    return html`${retake}${screen}${this.renderPrintReflections(v)}`;
  }

  private renderQuizNote(noteHtml: string) {
    return html`<section class="screen content-note" aria-labelledby="screen-heading">
      <h2 id="screen-heading" tabindex="-1">Before the knowledge check</h2>
      <div class="prose">${unsafeHTML(noteHtml)}</div>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.go('note-continue')}>
          Continue to the questions
        </button>
        <button type="button" class="secondary" @click=${() => this.go('note-pause')}>Not now</button>
      </div>
    </section>`;
  }

  private renderPage(v: SessionSnapshot, module: CompiledModule) {
    const c = v.journey;
    return html`
      <imh-lesson-menu .pages=${this.shell.pages} .visited=${c.visited} .current=${c.page}></imh-lesson-menu>
      <imh-page
        .page=${module.pages[c.page]!}
        .index=${c.page}
        .total=${c.settings.pageCount}
        .reflectionScope=${v.reflectionScope}
        .practiceAnswers=${c.practice}
        .scenarioPaths=${c.scenarios}
      ></imh-page>
      ${this.renderPager(pagerFor(v.journey, this.shell))}
    `;
  }

  private renderPager(pager: Pager) {
    return html`
      <nav class="pager" aria-label="Pages">
        <button type="button" class="secondary" @click=${() => this.go('back')}>Back</button>
        ${
          pager.backTo
            ? html`<button type="button" class="secondary" @click=${() => this.go(pager.backTo!.event)}>
                ${pager.backTo.label}
              </button>`
            : nothing
        }
        <button type="button" class="primary" ?disabled=${pager.nextDisabled} @click=${() => this.go('next')}>
          ${pager.nextLabel}
        </button>
      </nav>
      ${
        pager.unvisited.length
          ? html`<p class="hint">
              The knowledge check opens when you have visited every page. Still to visit:
              ${pager.unvisited.map((p, i) => html`${i ? ', ' : ''}<a href=${`#page:${p.id}`} data-page=${p.id}>${p.title}</a>`)}.
            </p>`
          : nothing
      }
      ${
        pager.quizShortcut
          ? html`<p>
              <button type="button" class="link" @click=${() => this.go('quiz')}>
                Go to the knowledge check
              </button>
            </p>`
          : nothing
      }
    `;
  }

  private renderQuiz(v: SessionSnapshot) {
    const q = v.question;
    if (!q) return nothing;
    return html`<section class="screen quiz" aria-labelledby="screen-heading">
      <h2 id="screen-heading" tabindex="-1">
        Knowledge check${q.attempt > 1 ? `, attempt ${q.attempt}` : ''}
      </h2>
      <imh-question
        .question=${q.question}
        .optionOrder=${q.optionOrder}
        .response=${q.response}
        ?submitted=${q.submitted}
        ?correct=${q.correct}
        .index=${q.index}
        .total=${q.total}
      ></imh-question>
    </section>`;
  }

  private renderResults(v: SessionSnapshot, module: CompiledModule) {
    if (!v.lastScore) return nothing;
    const c = v.journey;
    return html`<imh-results
      .score=${v.lastScore}
      .competencies=${module.competencies}
      .remediation=${remediation(module)}
      .passMark=${module.quiz.passMark}
      ?canRetry=${canRetry(c)}
      ?complete=${isComplete(c)}
      .attemptsLeft=${attemptsLeft(c)}
      .review=${module.quiz.review}
      .answers=${v.answerReview ?? []}
    ></imh-results>`;
  }

  private renderSummary(v: SessionSnapshot, module: CompiledModule | null) {
    if (!module) return nothing;
    return html`<imh-summary
      .module=${module}
      .score=${v.lastScore}
      .reflections=${reflectionList(module, v.reflectionScope)}
      .learnerName=${v.learnerName}
      ?canContinue=${v.canContinue}
      ?inCourse=${this.inCourse}
      ?leaving=${v.leaving}
      ?canExitToMenu=${v.canExitToMenu}
      ?leftForMenu=${v.leftForMenu}
    ></imh-summary>`;
  }

  private renderPrintReflections(v: SessionSnapshot) {
    // The summary prints its own copy of the reflections.
    if (v.screen === 'complete' || !v.module) return nothing;
    const list = reflectionList(v.module, v.reflectionScope);
    if (list.length === 0) return nothing;
    return html`<section class="print-only" aria-hidden="true">
      <h2>My reflections: ${this.shell.title}</h2>
      ${list.map(
        (r) =>
          html`<p class="reflection-prompt">${r.prompt}</p>
            <p class="reflection-text">${r.text}</p>`,
      )}
    </section>`;
  }
}

/** The pages that teach each competency: where the results screen sends a learner to revise. */
function remediation(module: CompiledModule): Record<string, { id: string; title: string }[]> {
  return Object.fromEntries(
    module.competencies.map((c) => [
      c.id,
      module.pages.filter((p) => p.teaches.includes(c.id)).map((p) => ({ id: p.id, title: p.title })),
    ]),
  );
}

/** The learner's private reflections, kept in this browser only, with their prompts as text. */
function reflectionList(module: CompiledModule, scope: string): { prompt: string; text: string }[] {
  const saved = loadReflections(scope);
  return module.pages
    .flatMap((p) => p.activities)
    .flatMap((a) =>
      a.type === 'reflection' && saved[a.id]
        ? [{ prompt: a.promptHtml.replace(/<[^>]+>/g, ''), text: saved[a.id]! }]
        : [],
    );
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-screens': ImhScreens;
  }
}
