import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { LightElement } from '../components/light-element.ts';
import { takeSections, uniqueId, type BlockParts } from './sections.ts';
import './imh-tabs.css';

/**
 * `:::tabs`: two to five views of one thing (the mother's view, the baby's view), as WAI-ARIA tabs. Arrow keys
 * move between tabs (Home and End to the first and last), the chosen tab shows its panel; one tab stop.
 */
@customElement('imh-tabs')
export class ImhTabs extends LightElement {
  @state() private selected = 0;
  private parts: BlockParts | undefined;
  private readonly uid = uniqueId('tabs');
  private focusSelected = false;

  protected override willUpdate(): void {
    // On the first update, not on connection: an HTML parser may connect the element before its sections.
    this.parts ??= takeSections(this);
  }

  private choose(index: number, focus: boolean): void {
    const count = this.parts?.sections.length ?? 0;
    this.selected = (index + count) % count;
    this.focusSelected = focus;
  }

  private onKey(event: KeyboardEvent): void {
    const moves: Record<string, number> = {
      ArrowRight: this.selected + 1,
      ArrowLeft: this.selected - 1,
      Home: 0,
      End: (this.parts?.sections.length ?? 1) - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.choose(to, true);
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('selected') || !this.focusSelected) return;
    this.focusSelected = false;
    this.querySelector<HTMLElement>(`#${this.uid}-tab-${this.selected}`)?.focus();
  }

  protected override render() {
    const sections = this.parts?.sections ?? [];
    return html`<div class="tab-list" role="tablist" @keydown=${this.onKey}>
        ${sections.map(
          (s, i) =>
            html`<button
              type="button"
              role="tab"
              id=${`${this.uid}-tab-${i}`}
              aria-selected=${i === this.selected ? 'true' : 'false'}
              aria-controls=${`${this.uid}-panel-${i}`}
              tabindex=${i === this.selected ? 0 : -1}
              @click=${() => this.choose(i, false)}
            >
              ${unsafeHTML(s.headingHtml)}
            </button>`,
        )}
      </div>
      ${sections.map(
        (s, i) =>
          html`<div
            class="tab-panel"
            role="tabpanel"
            id=${`${this.uid}-panel-${i}`}
            aria-labelledby=${`${this.uid}-tab-${i}`}
            tabindex="0"
            ?hidden=${i !== this.selected}
          >
            ${unsafeHTML(s.bodyHtml)}
          </div>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-tabs': ImhTabs;
  }
}
