import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledHotspots } from '../content/compiled.ts';
import { LightElement } from '../components/light-element.ts';
import './imh-hotspots.css';

/**
 * A `hotspots` activity: a drawing with numbered points over it, and the same points as a list of buttons below
 * (the list is the way for a screen reader or a narrow screen). Choosing a point shows what it means.
 */
@customElement('imh-hotspots')
export class ImhHotspots extends LightElement {
  @property({ attribute: false }) activity!: CompiledHotspots;
  @state() private chosen = '';
  @state() private seen = new Set<string>();

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('activity')) {
      this.chosen = '';
      this.seen = new Set();
    }
  }

  private choose(id: string): void {
    this.chosen = id;
    this.seen = new Set([...this.seen, id]);
  }

  protected override render() {
    const a = this.activity;
    const name = `hotspots-${a.id}`;
    const spot = a.spots.find((s) => s.id === this.chosen);
    const button = (s: CompiledHotspots['spots'][number], i: number, onImage: boolean) =>
      html`<button
        type="button"
        class=${onImage ? 'spot-marker' : 'spot-button'}
        style=${onImage ? `left: ${s.x}%; top: ${s.y}%` : nothing}
        aria-pressed=${s.id === this.chosen ? 'true' : 'false'}
        aria-label=${onImage ? `${i + 1}: ${s.label}` : nothing}
        tabindex=${onImage ? -1 : nothing}
        @click=${() => this.choose(s.id)}
      >
        ${onImage ? i + 1 : html`<span class="spot-number" aria-hidden="true">${i + 1}</span> ${s.label}`}
        ${!onImage && this.seen.has(s.id) ? html`<span class="spot-seen">(seen)</span>` : nothing}
      </button>`;
    return html`<section class="activity hotspots" aria-labelledby=${`${name}-title`}>
      <h3 id=${`${name}-title`}><span class="activity-kind">Explore</span> ${a.title}</h3>
      <p>${unsafeHTML(a.promptHtml)}</p>
      <div class="hotspots-layout">
        <div class="hotspots-figure">
          <img src=${a.image} alt=${a.alt} loading="lazy" decoding="async" />
          <div class="spot-markers" aria-hidden="true">${a.spots.map((s, i) => button(s, i, true))}</div>
        </div>
        <div>
          <ul class="spot-list">
            ${a.spots.map((s, i) => html`<li>${button(s, i, false)}</li>`)}
          </ul>
          <div class="spot-detail" role="region" aria-live="polite" aria-label="About the point chosen">
            ${
              spot
                ? html`<h4>${spot.label}</h4>
                    ${unsafeHTML(spot.html)}`
                : html`<p class="hint">Choose a point to find out more.</p>`
            }
          </div>
        </div>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-hotspots': ImhHotspots;
  }
}
