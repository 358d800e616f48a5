import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledActivity, CompiledPage } from '../content/compiled.ts';
import { NavigateEvent } from './events.ts';
import { LightElement } from './light-element.ts';
import './imh-practice.ts';
import './imh-reflection.ts';
// a :::vignette with a content note, in the page's HTML
import './imh-story.ts';

/**
 * One content page: the body (rendered at build time), then its activities. A page with a content note
 * shows the note first, with the choice to continue or skip the page.
 */
@customElement('imh-page')
export class ImhPage extends LightElement {
  @property({ attribute: false }) page!: CompiledPage;
  @property({ type: Number }) index = 0;
  @property({ type: Number }) total = 1;
  /** Whose reflections these are (module and learner): see `reflectionScope()`. */
  @property() reflectionScope = '';
  /** saved practice answers by activity id */
  @property({ attribute: false }) practiceAnswers: Record<string, string> = {};
  /** choices taken per scenario id */
  @property({ attribute: false }) scenarioPaths: Record<string, string> = {};
  @state() private noteAccepted = false;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('page')) this.noteAccepted = false;
  }

  private acceptNote(): void {
    this.noteAccepted = true;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#screen-heading')?.focus());
  }

  private renderActivity(a: CompiledActivity) {
    switch (a.type) {
      case 'practice':
        return html`<imh-practice .activity=${a} .answer=${this.practiceAnswers[a.id] ?? ''}></imh-practice>`;
      case 'reflection':
        return html`<imh-reflection .activity=${a} .scope=${this.reflectionScope}></imh-reflection>`;
      case 'sort':
        return html`<imh-sort .activity=${a}></imh-sort>`;
      case 'hotspots':
        return html`<imh-hotspots .activity=${a}></imh-hotspots>`;
      case 'scenario':
        return html`<imh-scenario .scenario=${a} .path=${this.scenarioPaths[a.id] ?? ''}></imh-scenario>`;
    }
  }

  protected override render() {
    const p = this.page;
    const heading = html`<p class="page-count">Page ${this.index + 1} of ${this.total}</p>
      <h2 id="screen-heading" tabindex="-1">${p.title}</h2>`;
    if (p.contentNoteHtml && !this.noteAccepted) {
      return html`<section class="screen page" aria-labelledby="screen-heading">
        ${heading}
        <aside class="content-note">
          <h3>Content note</h3>
          ${unsafeHTML(p.contentNoteHtml)}
          <p>You can continue, skip this page, or pause and come back later.</p>
          <div class="actions">
            <button type="button" class="primary" @click=${this.acceptNote}>Continue to this page</button>
            <button
              type="button"
              class="secondary"
              @click=${() => this.dispatchEvent(new NavigateEvent({ to: 'next' }))}
            >
              Skip this page
            </button>
          </div>
        </aside>
      </section>`;
    }
    return html`<section class="screen page" aria-labelledby="screen-heading">
      ${heading}
      <div class="prose">${unsafeHTML(p.html)}</div>
      ${p.activities.map((a) => this.renderActivity(a))} ${nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-page': ImhPage;
  }
}
