import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { LightElement } from '../components/light-element.ts';
import { takeSections, uniqueId, type BlockParts } from './sections.ts';
import './imh-reveal.css';

/**
 * `:::reveal`: cards with a front (a belief, a question) and a back (what the evidence says). Each front is a
 * button that shows or hides its back (aria-expanded); the learner thinks first, then looks.
 */
@customElement('imh-reveal')
export class ImhReveal extends LightElement {
  @state() private open = new Set<number>();
  private parts: BlockParts | undefined;
  private readonly uid = uniqueId('reveal');

  protected override willUpdate(): void {
    // On the first update, not on connection: an HTML parser may connect the element before its sections.
    this.parts ??= takeSections(this);
  }

  private toggle(index: number): void {
    const open = new Set(this.open);
    if (open.has(index)) open.delete(index);
    else open.add(index);
    this.open = open;
  }

  protected override render() {
    const parts = this.parts ?? { leadHtml: '', sections: [] };
    return html`${unsafeHTML(parts.leadHtml)}
      <ul class="reveal-cards">
        ${parts.sections.map((s, i) => {
          const open = this.open.has(i);
          return html`<li class="reveal-card ${open ? 'is-open' : ''}">
            <h3 class="card-front">
              <button
                type="button"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${`${this.uid}-back-${i}`}
                @click=${() => this.toggle(i)}
              >
                <span class="card-front-text">${unsafeHTML(s.headingHtml)}</span>
                <span class="card-hint" aria-hidden="true">${open ? 'Hide' : 'Reveal'}</span>
              </button>
            </h3>
            <div class="card-back" id=${`${this.uid}-back-${i}`} ?hidden=${!open}>
              ${unsafeHTML(s.bodyHtml)}
            </div>
          </li>`;
        })}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-reveal': ImhReveal;
  }
}
