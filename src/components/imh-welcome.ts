import { html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ModuleShell } from '../content/compiled.ts';
import { NavigateEvent } from './events.ts';
import { LightElement } from './light-element.ts';

/**
 * The course's own illustration, the same on every module's cover in that module's accent colour (player.css):
 * a parent holding a baby, drawn as simple shapes. Decorative, so hidden from assistive technology.
 */
const coverArt = svg`<svg class="cover-art" viewBox="0 0 200 180" aria-hidden="true" focusable="false">
  <circle class="art-halo" cx="100" cy="92" r="84" />
  <circle class="art-parent" cx="92" cy="48" r="24" />
  <path class="art-parent" d="M34 172c0-52 24-92 58-92 30 0 50 24 56 56l4 36z" />
  <circle class="art-baby" cx="122" cy="104" r="17" />
  <path class="art-baby" d="M98 140c0-14 11-22 26-22s26 8 26 22c0 10-11 16-26 16s-26-6-26-16z" />
  <path class="art-hold" d="M66 132c14 18 48 26 88 10" />
  <path class="art-spark" d="M160 36c0-6 9-6 9 0 0-6 9-6 9 0 0 7-9 12-9 14 0-2-9-7-9-14z" />
  <circle class="art-spark" cx="150" cy="62" r="4" />
</svg>`;

/**
 * The module cover, the first screen: the title, how long it takes, what the learner will be able to do, any
 * content note, how saving and the knowledge check work, and an outline of the pages and the knowledge check.
 */
@customElement('imh-welcome')
export class ImhWelcome extends LightElement {
  @property({ attribute: false }) module!: ModuleShell;

  protected override render() {
    const m = this.module;
    const questions = m.quiz.questionsPerAttempt;
    return html`<section class="screen welcome" aria-labelledby="screen-heading" data-accent=${m.number % 5}>
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
        ${coverArt}
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
