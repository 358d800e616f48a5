import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { LightElement } from './light-element.ts';

/** What the dialog shows: a title and build-time rendered HTML (support text, glossary, references). */
export interface InfoPanel {
  title: string;
  html: string;
}

/**
 * The modal for support, the glossary and references. It shows what it is given (its Close button stays at the top
 * while the text scrolls), opens as a modal while it has a panel, and on closing returns focus to the control that opened it and tells the owner with an `imh-info-close`.
 */
@customElement('imh-info-dialog')
export class ImhInfoDialog extends LightElement {
  @property({ attribute: false }) panel: InfoPanel | null = null;
  /** the control to give focus back to */
  @property({ attribute: false }) opener: HTMLElement | null = null;

  protected override updated(): void {
    const dialog = this.querySelector('dialog');
    if (!dialog) return;
    if (this.panel && !dialog.open) dialog.showModal();
    if (!this.panel && dialog.open) dialog.close();
  }

  private onClose(): void {
    this.opener?.focus();
    this.dispatchEvent(new Event('imh-info-close', { bubbles: true, composed: true }));
  }

  protected override render() {
    return html`<dialog class="panel" aria-labelledby="panel-heading" @close=${this.onClose}>
      ${
        this.panel
          ? html`<div class="panel-header">
                <h2 id="panel-heading">${this.panel.title}</h2>
                <button type="button" class="secondary" @click=${() => this.querySelector('dialog')?.close()}>
                  Close
                </button>
              </div>
              <div class="prose panel-body">${unsafeHTML(this.panel.html)}</div>`
          : nothing
      }
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-info-dialog': ImhInfoDialog;
  }
}
