import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ToolRequestEvent, type ToolName } from './events.ts';
import { LightElement } from './light-element.ts';

const tools: { tool: ToolName; label: string }[] = [
  { tool: 'support', label: 'Support' },
  { tool: 'glossary', label: 'Glossary' },
  { tool: 'references', label: 'References' },
];

/** The course header: course and module title, pages visited, and the course tools. */
@customElement('imh-course-header')
export class ImhCourseHeader extends LightElement {
  @property() courseTitle = '';
  @property() moduleTitle = '';
  @property({ type: Number }) visited = 0;
  @property({ type: Number }) total = 1;

  protected override render() {
    return html`<header class="masthead">
      <p class="course-title">${this.courseTitle}</p>
      <h1>${this.moduleTitle}</h1>
      <div class="progress">
        <label for="progress">Pages visited: ${this.visited} of ${this.total}</label>
        <progress id="progress" max=${this.total} value=${this.visited}></progress>
      </div>
      <nav class="tools" aria-label="Course tools">
        ${tools.map(
          ({ tool, label }) =>
            html`<button
              type="button"
              class="link"
              @click=${() => this.dispatchEvent(new ToolRequestEvent({ tool }))}
            >
              ${label}
            </button>`,
        )}
      </nav>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-course-header': ImhCourseHeader;
  }
}
