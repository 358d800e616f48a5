import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ModuleShell } from '../content/compiled.ts';
import { NavigateEvent } from './events.ts';
import { LightElement } from './light-element.ts';

/** The module's welcome: what the learner will be able to do, how long it takes, and any content note. */
@customElement('imh-welcome')
export class ImhWelcome extends LightElement {
  @property({ attribute: false }) module!: ModuleShell;

  protected override render() {
    const m = this.module;
    return html`<section class="screen welcome" aria-labelledby="screen-heading">
      <h2 id="screen-heading" tabindex="-1">Welcome</h2>
      <p>
        About ${m.estimatedMinutes} minutes. You can stop at any point: your place is saved and you can pick
        up where you left off.
      </p>
      ${
        m.contentNoteHtml
          ? html`<aside class="content-note" aria-labelledby="content-note-heading">
              <h3 id="content-note-heading">Before you start: a content note</h3>
              ${unsafeHTML(m.contentNoteHtml)}
              <p>
                Take this at your own pace. You can pause at any time, skip a case that is marked with a note,
                and come back later without losing your progress. Where to find support is at the end of the
                module and behind the Support button above.
              </p>
            </aside>`
          : nothing
      }
      <h3>By the end of this module you will be able to:</h3>
      <ul class="outcomes">
        ${m.outcomes.map((o) => html`<li>${unsafeHTML(o.html)}</li>`)}
      </ul>
      <p>
        The module has ${m.pages.length} short pages and a knowledge check of ${m.quiz.questionsPerAttempt}
        questions. You need ${m.quiz.passMark}% to pass, and you can retake
        it${m.quiz.attemptLimit ? ` up to ${m.quiz.attemptLimit} times in all` : ' as often as you like'}.
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          @click=${() => this.dispatchEvent(new NavigateEvent({ to: 'start' }))}
        >
          Start
        </button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-welcome': ImhWelcome;
  }
}
