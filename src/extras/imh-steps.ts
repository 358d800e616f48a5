import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { LightElement } from '../components/light-element.ts';
import { takeSections, uniqueId, type BlockParts } from './sections.ts';
import './imh-steps.css';

/**
 * `:::steps`: a process one step at a time (a Fraiberg-style session, the stress response), with "Step 2 of 4"
 * and Previous step / Next step. Focus goes to the new step's heading; in print every step shows.
 */
@customElement('imh-steps')
export class ImhSteps extends LightElement {
  @state() private current = 0;
  private parts: BlockParts | undefined;
  private readonly uid = uniqueId('steps');
  private moved = false;

  protected override willUpdate(): void {
    // On the first update, not on connection: an HTML parser may connect the element before its sections.
    this.parts ??= takeSections(this);
  }

  private go(by: number): void {
    const count = this.parts?.sections.length ?? 0;
    this.current = Math.min(count - 1, Math.max(0, this.current + by));
    this.moved = true;
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('current') || !this.moved) return;
    this.moved = false;
    this.querySelector<HTMLElement>(`#${this.uid}-step-${this.current}`)?.focus();
  }

  protected override render() {
    const parts = this.parts ?? { leadHtml: '', sections: [] };
    const count = parts.sections.length;
    return html`${unsafeHTML(parts.leadHtml)}
      <ol class="step-track" aria-hidden="true">
        ${parts.sections.map(
          (_, i) => html`<li class=${i < this.current ? 'done' : i === this.current ? 'current' : ''}></li>`,
        )}
      </ol>
      ${parts.sections.map(
        (s, i) =>
          html`<section
            class="step ${i === this.current ? 'is-current' : ''}"
            ?data-hidden=${i !== this.current}
          >
            <p class="step-count">Step ${i + 1} of ${count}</p>
            <h3 class="section-heading" id=${`${this.uid}-step-${i}`} tabindex="-1">
              ${unsafeHTML(s.headingHtml)}
            </h3>
            ${unsafeHTML(s.bodyHtml)}
          </section>`,
      )}
      <div class="step-actions">
        <button type="button" class="secondary" ?disabled=${this.current === 0} @click=${() => this.go(-1)}>
          Previous step
        </button>
        ${
          this.current < count - 1
            ? html`<button type="button" class="secondary" @click=${() => this.go(1)}>Next step</button>`
            : nothing
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-steps': ImhSteps;
  }
}
