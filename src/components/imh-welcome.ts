import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ModuleShell } from '../content/compiled.ts';
import { NavigateEvent } from './events.ts';
import { LightElement } from './light-element.ts';

/**
 * The module cover, the first screen: its illustration (the module's images/cover.svg, drawn for it; lazy, so a
 * short frame that hides it never fetches it), the title, how long it takes, what the learner will be able to
 * do, any content note, how saving and the knowledge check work, and an outline of the pages and the check.
 */
@customElement('imh-welcome')
export class ImhWelcome extends LightElement {
  @property({ attribute: false }) module!: ModuleShell;

  protected override render() {
    const m = this.module;
    const questions = m.quiz.questionsPerAttempt;
    return html`<section class="screen welcome" aria-labelledby="screen-heading">
      <div class="cover-hero">
        <div class="cover-text">
          <h2 id="screen-heading" tabindex="-1">
            <span class="cover-eyebrow">Welcome to</span>
            <span class="cover-title">${m.title}</span>
          </h2>
          <ul class="cover-facts">
            <li>About ${m.estimatedMinutes} minutes</li>
            <li>${m.pages.length} short pages</li>
            <li>Knowledge check: ${questions} questions</li>
          </ul>
          ${
            m.contentNoteHtml
              ? html`<p class="cover-note-pointer">
                  This module has a <a href="#content-note-heading">content note</a>: please read it, below,
                  before you start.
                </p>`
              : nothing
          }
          <div class="actions cover-start">
            <button
              type="button"
              class="primary"
              @click=${() => this.dispatchEvent(new NavigateEvent({ to: 'start' }))}
            >
              Start
            </button>
            <p>You can stop at any point: your place is saved and you can pick up where you left off.</p>
          </div>
        </div>
        ${
          m.cover
            ? html`<img
                class="cover-art"
                src=${m.cover.src}
                alt=${m.cover.alt}
                width="480"
                height="270"
                loading="lazy"
                decoding="async"
              />`
            : nothing
        }
      </div>
      ${
        m.contentNoteHtml
          ? html`<aside class="content-note" aria-labelledby="content-note-heading">
              <h3 id="content-note-heading">Before you start: a content note</h3>
              ${unsafeHTML(m.contentNoteHtml)}
              <p>
                Take this at your own pace. You can pause at any time, skip a case that is marked with a note,
                and come back later without losing your progress. Where to find support is at the end of the
                module and under Support at the top of every page.
              </p>
            </aside>`
          : nothing
      }
      <h3>What you will be able to do</h3>
      <ul class="outcomes" role="list">
        ${m.outcomes.map((o) => html`<li>${unsafeHTML(o.html)}</li>`)}
      </ul>
      <h3>What is in this module</h3>
      <ol class="steps" role="list">
        ${m.pages.map((p) => html`<li>${p.title}</li>`)}
        <li class="step-check">
          <span>
            Knowledge check
            <span class="step-detail">
              — ${questions} questions; you need ${m.quiz.passMark}% to pass, and you can retake
              it${m.quiz.attemptLimit ? ` up to ${m.quiz.attemptLimit} times in all` : ' as often as you like'}.
            </span>
          </span>
        </li>
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-welcome': ImhWelcome;
  }
}
