import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { createActor, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { drawAttempt } from '../assessment/draw.ts';
import { isCorrect, scoreAttempt, type AttemptScore } from '../assessment/scoring.ts';
import type { CompiledModule, CompiledPage, ModuleContent, ModuleShell } from '../content/compiled.ts';
import {
  attemptsLeft,
  canRetry,
  isComplete,
  moduleJourneyMachine,
  quizUnlocked,
  type JourneySettings,
} from '../machines/module-journey.ts';
import { attemptQuestions, quizAttemptMachine, type AnswerSubmitted } from '../machines/quiz-attempt.ts';
import { loadModuleContent } from '../player/content-loader.ts';
import { journeySettings } from '../player/journey-settings.ts';
import { interactionFor, registerObjectives, reportAttempt } from '../player/lms-reporting.ts';
import type { CommitReason, LmsAdapter, SaveState } from '../scorm/lms-adapter.ts';
import { decodeResumeState, encodeResumeState, type ResumeState } from '../state/resume-codec.ts';
import { loadReflections } from '../state/reflections.ts';
import { NavigateEvent, PracticeAnswerEvent, ResponseChangeEvent } from './events.ts';
import { LightElement } from './light-element.ts';
import './imh-page.ts';
import './imh-question.ts';
import './imh-results.ts';
import './imh-summary.ts';
import './imh-welcome.ts';

type JourneyActor = ActorRefFrom<typeof moduleJourneyMachine>;
type QuizActor = ActorRefFrom<typeof quizAttemptMachine>;
type Panel = { title: string; html: string } | null;

const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

/**
 * The root of a module: owns the journey actor and the LMS adapter, renders the screen the journey is on,
 * and turns leaf components' events into actor events. The only component that knows about XState or SCORM.
 */
@customElement('imh-player')
export class ImhPlayer extends LightElement {
  @property({ attribute: false }) shell!: ModuleShell;
  @property({ attribute: false }) adapter!: LmsAdapter;
  /** One module of the whole-course package: the summary may offer the next module (SCORM 2004 sequencing). */
  @property({ type: Boolean }) inCourse = false;

  @state() private saveState: SaveState | null = null;
  @state() private panel: Panel = null;
  @state() private practice: Record<string, string> = {};
  @state() private learnerName = '';
  @state() private content: ModuleContent | null = null;
  @state() private contentError = '';
  @state() private canContinue: boolean | undefined;
  @state() private leaving = false;

  private journey!: JourneyActor;
  private quiz: QuizActor | null = null;
  private settings!: JourneySettings;
  private questionShownAt = Date.now();
  private lastFocusKey = '';
  private panelOpener: HTMLElement | null = null;
  private terminated = false;
  private recoveredAt = 0;
  private contentLoading: Promise<ModuleContent | null> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.start();
  }

  private start(): void {
    const m = this.shell;
    this.settings = journeySettings(m);
    this.adapter.onSaveState((s) => this.onSaveState(s));
    const launch = this.adapter.initialise();
    this.learnerName = launch.learnerName;
    const resume = this.restore(launch.suspendData, launch.location);
    if (!resume) registerObjectives(this.adapter, m);
    this.practice = Object.fromEntries(
      this.practiceIds()
        .map((id, i) => [id, resume?.practice[i] ?? ''])
        .filter(([, v]) => v),
    );

    const machine = moduleJourneyMachine.provide({
      actions: {
        saveProgress: (_, reason) => this.save(reason),
        reportAttempt: (_, outcome) => {
          reportAttempt(this.adapter, m, outcome.score);
          this.afterTransition(() => this.reportStatus());
        },
      },
      actors: {
        quizAttempt: quizAttemptMachine.provide({
          actions: { answerSubmitted: (_, answer) => this.recordAnswer(answer) },
        }),
      },
    });
    this.journey = createActor(machine, {
      input: { settings: this.settings, ...(resume ? { resume } : {}) },
    });
    this.journey.subscribe(() => this.onJourneyChange());
    this.journey.start();
    this.onJourneyChange();
    if (!this.snapshot.matches('welcome')) void this.ensureContent();

    document.addEventListener('visibilitychange', this.onVisibilityChange);
    window.addEventListener('pagehide', this.onPageHide);
  }

  /** "Saved again" stays long enough to be read; an ordinary save afterwards does not wipe it at once. */
  private onSaveState(state: SaveState): void {
    if (
      state.kind === 'saved' &&
      this.saveState?.kind === 'recovered' &&
      Date.now() - this.recoveredAt < 8000
    )
      return;
    if (state.kind === 'recovered') this.recoveredAt = Date.now();
    this.saveState = state;
  }

  /** The module's text arrives once; every screen but the welcome needs it. */
  private ensureContent(): Promise<ModuleContent | null> {
    this.contentError = '';
    this.contentLoading ??= loadModuleContent().then(
      (content) => (this.content = content),
      () => {
        this.contentLoading = null;
        this.contentError =
          'The module’s pages could not be loaded. Check your connection, then try again. Your progress is safe.';
        return null;
      },
    );
    return this.contentLoading;
  }

  /** The whole module: only once its content has arrived. */
  private get module(): CompiledModule {
    return { ...this.shell, ...this.content! };
  }

  override disconnectedCallback(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    window.removeEventListener('pagehide', this.onPageHide);
    super.disconnectedCallback();
  }

  /** The resume state, or — when it is missing or unreadable — the page named in the location. */
  private restore(suspendData: string, location: string): ResumeState | undefined {
    if (suspendData) {
      const decoded = decodeResumeState(suspendData, this.settings);
      if (decoded) return decoded;
    }
    const page = this.shell.pages.findIndex((p) => p.id === location);
    if (page < 0) return undefined;
    return {
      screen: 'pages',
      page,
      visited: this.shell.pages.map((_, i) => i <= page),
      attempts: 0,
      passed: false,
      practice: [],
    };
  }

  private practiceIds(): string[] {
    return this.shell.pages.flatMap((p) => p.practiceIds);
  }

  private get snapshot(): SnapshotFrom<JourneyActor> {
    return this.journey.getSnapshot();
  }

  private onJourneyChange(): void {
    // In a sequenced course (SCORM 2004) the summary can offer the next module; ask the LMS once, on arrival.
    const complete = this.journey.getSnapshot().matches('complete');
    if (complete && this.canContinue === undefined)
      this.canContinue = this.inCourse && this.adapter.canContinue();
    if (!complete) this.canContinue = undefined;
    const quiz = (this.journey.system.get('quiz') as QuizActor | undefined) ?? null;
    if (quiz !== this.quiz) {
      this.quiz = quiz;
      quiz?.subscribe(() => this.requestUpdate());
    }
    this.requestUpdate();
  }

  /** Actions run inside a transition; what they save must read the snapshot after it. */
  private afterTransition(work: () => void): void {
    queueMicrotask(work);
  }

  private resumeState(): ResumeState {
    const s = this.snapshot;
    const c = s.context;
    const screen = s.value === 'restoring' ? 'welcome' : s.value;
    const quiz = this.quiz?.getSnapshot();
    const state: ResumeState = {
      screen,
      page: c.page,
      visited: c.visited,
      attempts: c.attempts,
      passed: c.passed,
      practice: this.practiceIds().map((id) => this.practice[id] ?? ''),
    };
    if (screen === 'quiz' && quiz && quiz.status === 'active') {
      state.quiz = {
        seed: quiz.context.seed,
        index: quiz.context.index,
        responses: quiz.context.responses,
        showingFeedback: quiz.value === 'feedback',
      };
    }
    if (c.lastAttempt) state.lastAttempt = { seed: c.lastAttempt.seed, responses: c.lastAttempt.responses };
    return state;
  }

  private writeProgress(): void {
    const c = this.snapshot.context;
    const complete = isComplete(c);
    this.adapter.setLocation(this.shell.pages[c.page]?.id ?? '');
    this.adapter.setSuspendData(encodeResumeState(this.resumeState(), this.settings));
    const visited = c.visited.filter(Boolean).length / c.visited.length;
    this.adapter.setProgress(complete ? 1 : Math.round(visited * 90) / 100);
  }

  /** Writes the learner's place and commits: the one way progress reaches the LMS before the session ends. */
  private saveNow(reason: CommitReason): void {
    if (this.terminated) return;
    this.writeProgress();
    this.adapter.commit(reason);
  }

  /** From inside a machine action: saves once the transition has produced its snapshot. */
  private save(reason: CommitReason): void {
    this.afterTransition(() => this.saveNow(reason));
  }

  private reportStatus(): void {
    const c = this.snapshot.context;
    this.adapter.setCompleted(isComplete(c));
    this.adapter.setPassed(c.lastAttempt ? c.passed : undefined);
  }

  private recordAnswer(answer: AnswerSubmitted): void {
    const question = this.module.questions.find((q) => q.id === answer.question.id)!;
    this.adapter.recordInteraction(
      interactionFor(question, answer, Date.now() - this.questionShownAt, new Date()),
    );
    this.save('answer');
  }

  /** Hands over to the LMS's sequencing: this session ends and the LMS delivers the next module. */
  private continueToNextModule(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.leaving = true;
    this.writeProgress();
    this.adapter.continueToNext();
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') this.saveNow('hidden');
  };

  private readonly onPageHide = () => {
    if (this.terminated) return;
    this.terminated = true;
    this.writeProgress();
    this.adapter.terminate();
  };

  // ---- events from leaf components ---------------------------------------------------------------

  private readonly onNavigate = (event: NavigateEvent) => {
    const d = event.detail;
    const c = this.snapshot.context;
    switch (d.to) {
      case 'start':
        void this.ensureContent();
        return this.journey.send({ type: 'journey.start' });
      case 'back':
        return this.journey.send({ type: 'page.back' });
      case 'next':
        if (this.snapshot.matches('pages') && c.page === c.settings.pageCount - 1 && !c.lastAttempt)
          return this.journey.send({ type: 'quiz.start', seed: newSeed() });
        return this.journey.send({ type: 'page.next' });
      case 'quiz':
        return this.journey.send({ type: 'quiz.start', seed: newSeed() });
      case 'retry':
        return this.journey.send({ type: 'quiz.retry', seed: newSeed() });
      case 'results':
        return this.journey.send({ type: 'results.show' });
      case 'finish':
        return this.journey.send({ type: 'journey.finish' });
      case 'next-module':
        return this.continueToNextModule();
      case 'page': {
        const index = this.shell.pages.findIndex((p) => p.id === d.pageId);
        return this.journey.send({ type: 'page.goto', index });
      }
    }
  };

  private readonly onResponseChange = (event: ResponseChangeEvent) =>
    this.quiz?.send({ type: 'quiz.select', response: event.detail.response });

  private readonly onAnswerSubmit = () => {
    const quiz = this.quiz?.getSnapshot();
    if (!quiz) return;
    const drawn = quiz.context.drawn[quiz.context.index]!;
    const question = this.module.questions.find((q) => q.id === drawn.id)!;
    // An ordering question left as shown is still an answer: the order on screen.
    if (question.type === 'ordering' && !quiz.context.responses[drawn.id])
      this.quiz!.send({ type: 'quiz.select', response: drawn.optionOrder });
    this.quiz!.send({ type: 'quiz.submit' });
  };

  private readonly onNextQuestion = () => {
    this.questionShownAt = Date.now();
    this.quiz?.send({ type: 'quiz.next' });
  };

  private readonly onPracticeAnswer = (event: PracticeAnswerEvent) => {
    this.practice = { ...this.practice, [event.detail.activityId]: event.detail.optionId };
    this.saveNow('answer');
  };

  /** Glossary terms, citations and page links inside rendered content. */
  private readonly onContentClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    const term = target.closest<HTMLElement>('a.term');
    const cite = target.closest<HTMLElement>('a.cite');
    const pageLink = target.closest<HTMLAnchorElement>('a[data-page]');
    if (term || cite || pageLink) event.preventDefault();
    if (term) {
      const entry = this.module.glossary.find((g) => g.id === term.dataset.term);
      if (entry) this.openPanel({ title: entry.term, html: `<p>${entry.html}</p>` }, term);
    } else if (cite) {
      const ref = this.module.references.find((r) => r.id === cite.dataset.ref);
      if (ref) this.openPanel({ title: 'Reference', html: `<p>${ref.html}</p>` }, cite);
    } else if (pageLink) {
      this.onNavigate(new NavigateEvent({ to: 'page', pageId: pageLink.dataset.page! }));
    }
  };

  /** Support, glossary and references need the module's content: open them once it is here. */
  private openToolPanel(make: () => Panel, opener: HTMLElement): void {
    void this.ensureContent().then((content) => content && this.openPanel(make(), opener));
  }

  private openPanel(panel: Panel, opener: HTMLElement): void {
    this.panelOpener = opener;
    this.panel = panel;
    void this.updateComplete.then(() => {
      const dialog = this.querySelector<HTMLDialogElement>('dialog.panel');
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  private closePanel(): void {
    this.querySelector<HTMLDialogElement>('dialog.panel')?.close();
  }

  private onPanelClosed(): void {
    this.panel = null;
    this.panelOpener?.focus();
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override updated(_changed: PropertyValues): void {
    // Focus moves to the new screen's heading on every page or screen change, so screen readers announce it.
    const s = this.snapshot;
    const quiz = this.quiz?.getSnapshot();
    const key = `${String(s.value)}:${s.context.page}:${s.matches('quiz') ? quiz?.context.index : ''}:${this.content ? 1 : 0}`;
    if (key === this.lastFocusKey) return;
    const first = this.lastFocusKey === '';
    this.lastFocusKey = key;
    if (s.matches('quiz')) this.questionShownAt = Date.now();
    if (!first) void this.focusScreenHeading(s.matches('quiz') ? '.question legend' : '#screen-heading');
  }

  /** Child components render after this one: wait for them, then focus the heading they drew. */
  private async focusScreenHeading(selector: string): Promise<void> {
    const pending = [...this.querySelectorAll('main *')].flatMap((el) =>
      el instanceof LightElement ? [el.updateComplete] : [],
    );
    await Promise.all(pending);
    const heading = this.querySelector<HTMLElement>(selector);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    window.scrollTo({ top: 0 });
  }

  private lastScore(): AttemptScore | null {
    const last = this.snapshot.context.lastAttempt;
    if (!last) return null;
    if ('score' in last) return last.score;
    const drawn = drawAttempt(this.settings.bank, this.settings.questionsPerAttempt, last.seed);
    return scoreAttempt(
      attemptQuestions({ bank: this.settings.bank, drawn }),
      last.responses,
      this.settings.passMark,
    );
  }

  protected override render() {
    const m = this.shell;
    const c = this.snapshot.context;
    const visitedCount = c.visited.filter(Boolean).length;
    const tool = (label: string, make: () => Panel) =>
      html`<button
        type="button"
        class="link"
        @click=${(e: Event) => this.openToolPanel(make, e.currentTarget as HTMLElement)}
      >
        ${label}
      </button>`;
    return html`
      <div
        class="player"
        @imh-navigate=${this.onNavigate}
        @imh-response-change=${this.onResponseChange}
        @imh-answer-submit=${this.onAnswerSubmit}
        @imh-next-question=${this.onNextQuestion}
        @imh-practice-answer=${this.onPracticeAnswer}
        @click=${this.onContentClick}
      >
        <header class="masthead">
          <p class="course-title">${m.courseTitle}</p>
          <h1>${m.title}</h1>
          <div class="progress">
            <label for="progress">Pages visited: ${visitedCount} of ${c.visited.length}</label>
            <progress id="progress" max=${c.visited.length} value=${visitedCount}></progress>
          </div>
          <nav class="tools" aria-label="Course tools">
            ${tool('Support', () => ({ title: 'Where to find support', html: this.module.supportHtml }))}
            ${tool('Glossary', () => ({ title: 'Glossary', html: this.glossaryHtml() }))}
            ${tool('References', () => ({ title: 'References', html: this.referencesHtml() }))}
          </nav>
        </header>
        ${this.renderSaveNotice()}
        <main id="main">${this.renderScreen()}</main>
        ${this.renderPrintReflections()}
        <dialog class="panel" aria-labelledby="panel-heading" @close=${this.onPanelClosed}>
          ${
            this.panel
              ? html`<h2 id="panel-heading">${this.panel.title}</h2>
                  <div class="prose">${unsafeHTML(this.panel.html)}</div>
                  <button type="button" class="primary" @click=${this.closePanel}>Close</button>`
              : nothing
          }
        </dialog>
      </div>
    `;
  }

  private glossaryHtml(): string {
    const items = this.module.glossary.map((g) => `<dt>${g.term}</dt><dd>${g.html}</dd>`);
    return `<dl class="glossary">${items.join('')}</dl>`;
  }

  private referencesHtml(): string {
    return `<ul class="references">${this.module.references.map((r) => `<li>${r.html}</li>`).join('')}</ul>`;
  }

  private renderSaveNotice() {
    const s = this.saveState;
    const messages: Record<SaveState['kind'], string> = {
      saved: '',
      'local-only':
        'Your progress is being kept only in this browser on this device, not in a learning system.',
      retrying: 'Saving your progress to the learning system is taking longer than usual. Trying again…',
      failed:
        'Your progress could not be saved to the learning system just now. It is kept in this browser and will be sent when the connection returns. Please keep this window open for a moment.',
      recovered: 'Your progress has been saved to the learning system again.',
    };
    const text = s ? messages[s.kind] : '';
    return html`<div class="save-notice ${s?.kind ?? ''}" role="status" aria-live="polite">${text}</div>`;
  }

  private renderScreen() {
    const s = this.snapshot;
    const c = s.context;
    if (s.matches('welcome') || s.matches('restoring'))
      return html`<imh-welcome .module=${this.shell}></imh-welcome>`;
    if (!this.content) return this.renderLoading();
    const m = this.module;
    if (s.matches('pages')) return this.renderPage(m.pages[c.page]!);
    if (s.matches('quiz')) return this.renderQuiz();
    const score = this.lastScore();
    if (s.matches('results') && score)
      return html`<imh-results
        .score=${score}
        .competencies=${m.competencies}
        .remediation=${this.remediation()}
        .passMark=${m.quiz.passMark}
        ?canRetry=${canRetry(c)}
        ?complete=${isComplete(c)}
        .attemptsLeft=${attemptsLeft(c)}
      ></imh-results>`;
    return html`<imh-summary
      .module=${m}
      .score=${score}
      .reflections=${this.reflectionList()}
      .learnerName=${this.learnerName}
      ?canContinue=${this.canContinue === true && !this.leaving}
      ?leaving=${this.leaving}
    ></imh-summary>`;
  }

  private renderLoading() {
    return html`<section class="screen loading" aria-labelledby="screen-heading">
      <h2 id="screen-heading" tabindex="-1">
        ${this.contentError ? 'Could not load this module' : 'Loading…'}
      </h2>
      ${
        this.contentError
          ? html`<p role="alert">${this.contentError}</p>
              <button type="button" class="primary" @click=${() => void this.ensureContent()}>
                Try again
              </button>`
          : nothing
      }
    </section>`;
  }

  private remediation(): Record<string, { id: string; title: string }[]> {
    const out: Record<string, { id: string; title: string }[]> = {};
    for (const c of this.shell.competencies)
      out[c.id] = this.shell.pages
        .filter((p) => p.teaches.includes(c.id))
        .map((p) => ({ id: p.id, title: p.title }));
    return out;
  }

  private renderPage(page: CompiledPage) {
    const c = this.snapshot.context;
    const last = c.page === c.settings.pageCount - 1;
    const unlocked = quizUnlocked(c);
    const locked = last && !unlocked && !c.lastAttempt;
    const unvisited = this.shell.pages.filter((_, i) => !c.visited[i]);
    let nextLabel = 'Next';
    if (last)
      nextLabel = isComplete(c)
        ? 'Back to summary'
        : c.lastAttempt
          ? 'Back to results'
          : 'Start knowledge check';
    return html`
      <imh-page
        .page=${page}
        .index=${c.page}
        .total=${c.settings.pageCount}
        .moduleId=${this.shell.id}
        .practiceAnswers=${this.practice}
      ></imh-page>
      <nav class="pager" aria-label="Pages">
        <button
          type="button"
          class="secondary"
          @click=${() => this.onNavigate(new NavigateEvent({ to: 'back' }))}
        >
          Back
        </button>
        ${
          c.lastAttempt && !last
            ? html`<button
                type="button"
                class="secondary"
                @click=${() => this.onNavigate(new NavigateEvent({ to: isComplete(c) ? 'finish' : 'results' }))}
              >
                ${isComplete(c) ? 'Back to summary' : 'Back to results'}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="primary"
          ?disabled=${locked}
          @click=${() => this.onNavigate(new NavigateEvent({ to: 'next' }))}
        >
          ${nextLabel}
        </button>
      </nav>
      ${
        locked
          ? html`<p class="hint">
              The knowledge check opens when you have visited every page. Still to visit:
              ${unvisited.map((p, i) => html`${i ? ', ' : ''}<a href=${`#page:${p.id}`} data-page=${p.id}>${p.title}</a>`)}.
            </p>`
          : nothing
      }
      ${
        !last && unlocked && !c.lastAttempt && this.shell.quiz.unlock === 'always'
          ? html`<p>
              <button
                type="button"
                class="link"
                @click=${() => this.onNavigate(new NavigateEvent({ to: 'quiz' }))}
              >
                Go to the knowledge check
              </button>
            </p>`
          : nothing
      }
    `;
  }

  private renderQuiz() {
    const quiz = this.quiz?.getSnapshot();
    if (!quiz || quiz.status !== 'active') return nothing;
    const qc = quiz.context;
    const drawn = qc.drawn[qc.index]!;
    const question = this.module.questions.find((q) => q.id === drawn.id)!;
    const response = qc.responses[drawn.id] ?? [];
    const submitted = quiz.value === 'feedback';
    const correct = submitted && isCorrect(question, response);
    return html`<section class="screen quiz" aria-labelledby="screen-heading">
      <h2 id="screen-heading" tabindex="-1">
        Knowledge check${qc.attempt > 1 ? `, attempt ${qc.attempt}` : ''}
      </h2>
      <imh-question
        .question=${question}
        .optionOrder=${drawn.optionOrder}
        .response=${response}
        ?submitted=${submitted}
        ?correct=${correct}
        .index=${qc.index}
        .total=${qc.drawn.length}
      ></imh-question>
    </section>`;
  }

  private reflectionList(): { prompt: string; text: string }[] {
    if (!this.content) return [];
    const saved = loadReflections(this.shell.id);
    return this.content.pages
      .flatMap((p) => p.activities)
      .flatMap((a) =>
        a.type === 'reflection' && saved[a.id]
          ? [{ prompt: a.promptHtml.replace(/<[^>]+>/g, ''), text: saved[a.id]! }]
          : [],
      );
  }

  private renderPrintReflections() {
    // The summary prints its own copy of the reflections.
    if (this.snapshot.matches('complete')) return nothing;
    const list = this.reflectionList();
    if (list.length === 0) return nothing;
    return html`<section class="print-only" aria-hidden="true">
      <h2>My reflections: ${this.shell.title}</h2>
      ${list.map(
        (r) =>
          html`<p class="reflection-prompt">${r.prompt}</p>
            <p class="reflection-text">${r.text}</p>`,
      )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'imh-player': ImhPlayer;
  }
}
