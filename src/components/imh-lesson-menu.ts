import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PageOutline } from '../content/compiled.ts';
import { NavigateEvent } from './events.ts';
import { LightElement } from './light-element.ts';

/**
 * The lesson menu: a disclosure button above the page ("All pages", with how many are visited) that opens the
 * module's pages, each a button to go there, ticked once visited, the current one marked. Escape closes it and
 * returns focus to its button. Every page may be revisited (the journey allows any page); the knowledge check
 * stays behind its own rules, reached from the last page.
 */
@customElement('imh-lesson-menu')
export class ImhLessonMenu extends LightElement {
  @property({ attribute: false }) pages: PageOutline[] = [];
  @property({ attribute: false }) visited: boolean[] = [];
  @property({ type: Number }) current = 0;
  @state() private open = false;

  private toggle(open: boolean, focusButton = false): void {
    this.open = open;
    if (focusButton)
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('.lesson-menu-toggle')?.focus());
  }

  private go(pageId: string): void {
    this.open = false;
    this.dispatchEvent(new NavigateEvent({ to: 'page', pageId }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.toggle(false, true);
  }

  protected override render() {
    const seen = this.visited.filter(Boolean).length;
    return html`<nav class="lesson-menu" aria-label="Pages in this module" @keydown=${this.onKeydown}>
      <button
        type="button"
        class="lesson-menu-toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="lesson-menu-list"
        @click=${() => this.toggle(!this.open)}
      >
        All pages <span class="lesson-menu-count">(${seen} of ${this.pages.length} visited)</span>
      </button>
      <ol id="lesson-menu-list" class="lesson-menu-list" ?hidden=${!this.open}>
        ${this.pages.map(
          (p, i) =>
            html`<li>
              <button
                type="button"
                class=${this.visited[i] ? 'is-visited' : ''}
                aria-current=${i === this.current ? 'page' : nothing}
                @click=${() => this.go(p.id)}
              >
                <span class="lesson-tick" aria-hidden="true">${this.visited[i] ? '✓' : ''}</span>
                <span>${p.title}</span>
                ${this.visited[i] ? html`<span class="visually-hidden">(visited)</span>` : nothing}
              </button>
            </li>`,
        )}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-lesson-menu': ImhLessonMenu;
  }
}
