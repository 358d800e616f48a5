import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CompiledActivity } from '../content/compiled.ts';
import { loadReflections, saveReflection } from '../state/reflections.ts';
import { LightElement } from './light-element.ts';

type Reflection = Extract<CompiledActivity, { type: 'reflection' }>;

/**
 * An optional reflection prompt. The learner's words are bound as text (never HTML) and saved only on this
 * device; they are never sent to the LMS.
 */
@customElement('imh-reflection')
export class ImhReflection extends LightElement {
  @property({ attribute: false }) activity!: Reflection;
  /** Module and learner the reflection belongs to (`reflectionScope()`): '' keeps it in this page only. */
  @property() scope = '';
  @state() private text = '';
  @state() private kept = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.text = loadReflections(this.scope)[this.activity.id] ?? '';
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.kept = saveReflection(this.scope, this.activity.id, this.text);
  }

  /** On a shared computer a learner may not want their notes left behind. */
  private clear(): void {
    this.text = '';
    this.kept = saveReflection(this.scope, this.activity.id, '');
    this.querySelector('textarea')?.focus();
  }

  protected override render() {
    const id = `reflection-${this.activity.id}`;
    return html`<section class="activity reflection" aria-labelledby=${`${id}-title`}>
      <h3 id=${`${id}-title`}><span class="activity-kind">Reflection</span> (optional)</h3>
      <label for=${id}>${unsafeHTML(this.activity.promptHtml)}</label>
      <p class="hint" id=${`${id}-privacy`}>
        Private: what you write stays in this browser on this device. It is never sent to your LMS or your
        manager.
      </p>
      <textarea
        id=${id}
        rows="5"
        aria-describedby=${`${id}-privacy`}
        .value=${this.text}
        @input=${this.onInput}
      ></textarea>
      <p class="hint" role="status">
        ${this.kept ? '' : 'This browser is not keeping notes; copy your text elsewhere if you want to keep it.'}
      </p>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => window.print()}>Print my reflections</button>
        <button type="button" class="secondary" ?disabled=${this.text === ''} @click=${this.clear}>
          Delete what I wrote
        </button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-reflection': ImhReflection;
  }
}
