import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ToolRequestEvent, type ToolName } from './events.ts';
import { LightElement } from './light-element.ts';

const tools: { tool: ToolName; label: string }[] = [
  { tool: 'support', label: 'Support' },
  { tool: 'glossary', label: 'Glossary' },
  { tool: 'references', label: 'References' },
];

/**
 * The course header: course and module title (the page's h1) and the course tools. Progress is shown once, on
 * the page ("Page 3 of 12", with the lesson menu's ticks for pages visited), not here as well.
 * The tools are three buttons on a wide screen; on a narrow one (player.css) they sit behind one "Tools" button
 * that discloses them, so the header takes two short lines instead of a third of a phone's screen.
 *
 * @event imh-tool-request - the learner asked for Support, Glossary or References. Focus is on the control to
 *   return to when the tool closes (the tool's button, or the Tools button when the tool came from the menu).
 */
@customElement('imh-course-header')
export class ImhCourseHeader extends LightElement {
  @property() courseTitle = '';
  @property() moduleTitle = '';
  /** the narrow screen's tools menu is open */
  @state() private toolsOpen = false;

  private get toggle(): HTMLButtonElement | null {
    return this.querySelector('.tools-toggle');
  }

  private setToolsOpen(open: boolean, focusToggle = false): void {
    this.toolsOpen = open;
    if (focusToggle) this.toggle?.focus();
  }

  private request(tool: ToolName): void {
    // From the menu, the tool's button is about to be hidden: focus what stays, so focus can come back to it.
    if (this.toolsOpen) this.setToolsOpen(false, true);
    this.dispatchEvent(new ToolRequestEvent({ tool }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.toolsOpen) return;
    event.stopPropagation();
    this.setToolsOpen(false, true);
  }

  /** Leaving the menu by Tab or by a click elsewhere closes it. */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (this.toolsOpen && !(next && this.querySelector('.course-tools')?.contains(next)))
      this.setToolsOpen(false);
  }

  protected override render() {
    return html`<header class="course-header">
      <div class="course-titles">
        <span class="course-name">${this.courseTitle}</span>
        <h1>${this.moduleTitle}</h1>
      </div>
      <nav
        class="course-tools"
        aria-label="Course tools"
        @keydown=${this.onKeydown}
        @focusout=${this.onFocusOut}
      >
        <button
          type="button"
          class="tools-toggle"
          aria-expanded=${this.toolsOpen ? 'true' : 'false'}
          aria-controls="course-tools-list"
          @click=${() => this.setToolsOpen(!this.toolsOpen)}
        >
          Tools
        </button>
        <ul id="course-tools-list" class="tools-list ${this.toolsOpen ? 'is-open' : ''}">
          ${tools.map(
            ({ tool, label }) =>
              html`<li>
                <button type="button" data-tool=${tool} @click=${() => this.request(tool)}>${label}</button>
              </li>`,
          )}
        </ul>
      </nav>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-course-header': ImhCourseHeader;
  }
}
