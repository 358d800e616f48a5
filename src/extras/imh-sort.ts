import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledSort } from '../content/compiled.ts';
import { LightElement } from '../components/light-element.ts';
import './imh-sort.css';

/**
 * A `sort` activity: each item gets a category by a group of radio buttons (keyboard and screen-reader operable,
 * never drag-only); Check marks each item with its feedback and says how many fit; Try again clears the wrong
 * ones. It teaches and is not scored.
 */
@customElement('imh-sort')
export class ImhSort extends LightElement {
  @property({ attribute: false }) activity!: CompiledSort;
  @state() private placed: Record<string, string> = {};
  @state() private checked = false;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('activity')) {
      this.placed = {};
      this.checked = false;
    }
  }

  private place(item: string, category: string): void {
    this.placed = { ...this.placed, [item]: category };
  }

  private check(event: SubmitEvent): void {
    event.preventDefault();
    this.checked = true;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('.sort-summary')?.focus());
  }

  private tryAgain(): void {
    const a = this.activity;
    this.placed = Object.fromEntries(
      a.items
        .filter((item) => this.placed[item.id] === item.category)
        .map((item) => [item.id, item.category]),
    );
    this.checked = false;
    void this.updateComplete.then(() =>
      this.querySelector<HTMLInputElement>('fieldset:not(.is-right) input')?.focus(),
    );
  }

  protected override render() {
    const a = this.activity;
    const name = `sort-${a.id}`;
    const allPlaced = a.items.every((item) => this.placed[item.id]);
    const right = a.items.filter((item) => this.placed[item.id] === item.category).length;
    return html`<section class="activity sort" aria-labelledby=${`${name}-title`}>
      <h3 id=${`${name}-title`}><span class="activity-kind">Sort</span> ${a.title}</h3>
      <p>${unsafeHTML(a.promptHtml)}</p>
      <form @submit=${this.check} novalidate>
        <ol class="sort-items">
          ${a.items.map((item) => {
            const chosen = this.placed[item.id];
            const verdict = this.checked ? (chosen === item.category ? 'is-right' : 'is-wrong') : '';
            return html`<li>
              <fieldset class="sort-item ${verdict}">
                <legend>${unsafeHTML(item.html)}</legend>
                <div class="sort-choices">
                  ${a.categories.map(
                    (c) =>
                      html`<label class="sort-choice">
                        <input
                          type="radio"
                          name=${`${name}-${item.id}`}
                          value=${c.id}
                          .checked=${chosen === c.id}
                          ?disabled=${this.checked}
                          @change=${() => this.place(item.id, c.id)}
                        />
                        <span>${c.label}</span>
                      </label>`,
                  )}
                </div>
                ${
                  this.checked
                    ? html`<p class="sort-feedback">
                        <strong
                          >${chosen === item.category ? 'A good fit.' : `Fits better under ${categoryLabel(a, item.category)}.`}</strong
                        >
                        ${unsafeHTML(item.feedbackHtml)}
                      </p>`
                    : nothing
                }
              </fieldset>
            </li>`;
          })}
        </ol>
        <div class="actions">
          ${
            this.checked
              ? html`<p class="sort-summary" tabindex="-1" role="status">
                    ${right} of ${a.items.length} sorted as the evidence would.
                  </p>
                  ${
                    right < a.items.length
                      ? html`<button type="button" class="secondary" @click=${this.tryAgain}>
                          Try again
                        </button>`
                      : nothing
                  }`
              : html`<button type="submit" class="secondary" ?disabled=${!allPlaced}>Check my sorting</button>
                  ${allPlaced ? nothing : html`<p class="hint">Choose a place for every item first.</p>`}`
          }
        </div>
      </form>
    </section>`;
  }
}

const categoryLabel = (a: CompiledSort, id: string) => a.categories.find((c) => c.id === id)?.label ?? id;

declare global {
  interface HTMLElementTagNameMap {
    'imh-sort': ImhSort;
  }
}
