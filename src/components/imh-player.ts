import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CompiledModule, ModuleShell } from '../content/compiled.ts';
import { ModuleSession, type PlayerEvent, type SessionSnapshot } from '../player/module-session.ts';
import type { LmsAdapter } from '../scorm/lms-adapter.ts';
import {
  NavigateEvent,
  PracticeAnswerEvent,
  ScenarioProgressEvent,
  ResponseChangeEvent,
  ToolRequestEvent,
  type ToolName,
} from './events.ts';
import type { InfoPanel } from './imh-info-dialog.ts';
import { LightElement } from './light-element.ts';
import { modeMessages, saveMessage, tabMessages } from './session-notices.ts';
import { ScreenFocusController } from './screen-focus-controller.ts';
import './imh-course-header.ts';
// Every later screen (imh-screens: pages, knowledge check, results, summary) and the tool panel come with the
// module's text, in player/extras.js (src/extras/main.ts, loaded beside content.js): the cover needs none.
import './imh-welcome.ts';

/**
 * The root of a module: renders the session's snapshot and forwards the leaf components' events to it. It keeps
 * no state of the journey; what it holds is view state only (which information panel is open).
 */
@customElement('imh-player')
export class ImhPlayer extends LightElement {
  @property({ attribute: false }) shell!: ModuleShell;
  @property({ attribute: false }) adapter!: LmsAdapter;
  /** One module of the whole-course package: the summary may offer the next module (SCORM 2004 sequencing). */
  @property({ type: Boolean }) inCourse = false;

  @state() private panel: InfoPanel | null = null;
  private panelOpener: HTMLElement | null = null;
  /** A tool asked for before the module's text arrived: opened once it has. */
  private pendingTool: { tool: ToolName; opener: HTMLElement | null } | null = null;
  private session!: ModuleSession;

  constructor() {
    super();
    new ScreenFocusController(this, () => this.focusTarget());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.session ??= new ModuleSession({ shell: this.shell, adapter: this.adapter, inCourse: this.inCourse });
    this.session.subscribe(() => this.onSessionChange());
    this.session.start();
  }

  override disconnectedCallback(): void {
    this.session.stop();
    super.disconnectedCallback();
  }

  private get view(): SessionSnapshot {
    return this.session.snapshot;
  }

  private send(event: PlayerEvent): void {
    this.session.send(event);
  }

  private onSessionChange(): void {
    const module = this.view.module;
    if (this.pendingTool && module) {
      const { tool, opener } = this.pendingTool;
      this.pendingTool = null;
      this.openPanel(toolPanel(tool, module), opener);
    }
    this.requestUpdate();
  }

  private focusTarget(): { key: string; heading: string } {
    const v = this.view;
    const question = v.question ? `${v.question.attempt}.${v.question.index}` : '';
    // The last answer submitted is the same screen as the question (the quiz moves to 'lastAnswer'): the
    // question keeps its focus on See results and its verdict in view, as after every other Submit.
    const screen = v.screen === 'lastAnswer' ? 'quiz' : v.screen;
    return {
      key: `${screen}:${v.journey.page}:${question}:${v.quizNoteHtml ? 'note' : ''}`,
      heading: v.screen === 'quiz' && !v.quizNoteHtml ? '.question legend' : '#screen-heading',
    };
  }

  // ---- events from leaf components ---------------------------------------------------------------

  private readonly onNavigate = (event: NavigateEvent) => {
    const d = event.detail;
    this.send(d.to === 'page' ? { type: 'page', pageId: d.pageId } : { type: d.to });
  };

  private readonly onToolRequest = (event: ToolRequestEvent) => {
    // The control that asked: focus goes back to it when the panel closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const module = this.view.module;
    if (module) return this.openPanel(toolPanel(event.detail.tool, module), opener);
    this.pendingTool = { tool: event.detail.tool, opener };
    this.send({ type: 'reload-content' });
  };

  /** Glossary terms, citations and page links inside rendered content. */
  private readonly onContentClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    const term = target.closest<HTMLElement>('a.term');
    const cite = target.closest<HTMLElement>('a.cite');
    const pageLink = target.closest<HTMLAnchorElement>('a[data-page]');
    if (term || cite || pageLink) event.preventDefault();
    const module = this.view.module;
    if (term && module) {
      const entry = module.glossary.find((g) => g.id === term.dataset.term);
      if (entry) this.openPanel({ title: entry.term, html: `<p>${entry.html}</p>` }, term);
    } else if (cite && module) {
      const ref = module.references.find((r) => r.id === cite.dataset.ref);
      if (ref) this.openPanel({ title: 'Reference', html: `<p>${ref.html}</p>` }, cite);
    } else if (pageLink) {
      this.send({ type: 'page', pageId: pageLink.dataset.page! });
    }
  };

  private openPanel(panel: InfoPanel, opener: HTMLElement | null): void {
    this.panelOpener = opener;
    this.panel = panel;
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render() {
    const v = this.view;
    return html`
      <div
        class="player"
        @imh-navigate=${this.onNavigate}
        @imh-response-change=${(e: ResponseChangeEvent) => this.send({ type: 'select', response: e.detail.response })}
        @imh-answer-submit=${() => this.send({ type: 'submit' })}
        @imh-next-question=${() => this.send({ type: 'next-question' })}
        @imh-practice-answer=${(e: PracticeAnswerEvent) => this.send({ type: 'practice', ...e.detail })}
        @imh-scenario-progress=${(e: ScenarioProgressEvent) => this.send({ type: 'scenario', ...e.detail })}
        @imh-tool-request=${this.onToolRequest}
        @imh-info-close=${() => (this.panel = null)}
        @click=${this.onContentClick}
      >
        <imh-course-header
          .courseTitle=${this.shell.courseTitle}
          .moduleTitle=${this.shell.title}
        ></imh-course-header>
        ${this.renderNotices(v)}
        <main id="main">${this.renderScreen(v)}</main>
        <imh-info-dialog .panel=${this.panel} .opener=${this.panelOpener}></imh-info-dialog>
      </div>
    `;
  }

  private renderNotices(v: SessionSnapshot) {
    const save = saveMessage(v.save);
    return html`
      <div class="save-notice ${v.save?.kind ?? ''}" role="status" aria-live="polite">${save}</div>
      ${modeMessages[v.mode] ? html`<p class="notice mode-notice">${modeMessages[v.mode]}</p>` : nothing}
      <div class="notice tab-notice" role="status" aria-live="polite">${tabMessages[v.tabs]}</div>
    `;
  }

  private renderScreen(v: SessionSnapshot) {
    if (v.screen === 'welcome' && !v.quizNoteHtml)
      return html`<imh-welcome .module=${this.shell}></imh-welcome>`;
    if (v.screen === 'loading' || v.screen === 'load-failed' || !v.module)
      return this.renderLoading(v.screen === 'load-failed');
    // Every later screen is drawn by imh-screens, which arrives with the module's text (player/extras.js).
    return html`<imh-screens .view=${v} .shell=${this.shell} ?inCourse=${this.inCourse}></imh-screens>`;
  }

  private renderLoading(failed: boolean) {
    return html`<section class="screen loading" aria-labelledby="screen-heading">
      <h2 id="screen-heading" tabindex="-1">${failed ? 'Could not load this module' : 'Loading…'}</h2>
      ${
        failed
          ? html`<p role="alert">
                The module’s pages could not be loaded. Check your connection, then try again. Your progress
                is safe.
              </p>
              <button type="button" class="primary" @click=${() => this.send({ type: 'reload-content' })}>
                Try again
              </button>`
          : nothing
      }
    </section>`;
  }
}

function toolPanel(tool: ToolName, module: CompiledModule): InfoPanel {
  if (tool === 'support') return { title: 'Where to find support', html: module.supportHtml };
  if (tool === 'glossary') {
    const items = module.glossary.map((g) => `<dt>${g.term}</dt><dd>${g.html}</dd>`);
    return { title: 'Glossary', html: `<dl class="glossary">${items.join('')}</dl>` };
  }
  const items = module.references.map((r) => `<li value="${r.number}">${r.html}</li>`);
  return { title: 'References', html: `<ol class="references">${items.join('')}</ol>` };
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-player': ImhPlayer;
  }
}
