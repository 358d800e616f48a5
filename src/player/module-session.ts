/**
 * The learner's session with one module, without a screen: the wiring between the journey actor (which holds the
 * rules and the session's state: where the learner is, the content-note hold, whether this session records, the
 * other tabs, how the session ended), the LMS adapter, content loading and the page lifecycle. It supplies the
 * journey's save, report, stop and end actions. The view renders `snapshot` and sends `PlayerEvent`s; everything
 * the LMS receives goes out from here. The knowledge-check attempt is talked to only through its events.
 *
 * What is left here, each in one place below:
 * - a save writes the resume state the machine hands it; the Commit runs after the next paint, so a slow LMS
 *   never holds up a page turn, and a pending save is flushed at once when the page is hidden or closed;
 * - an attempt is reported (score, statuses, objectives) the moment its last answer is in; each answer's latency
 *   runs from when its question was shown;
 * - the summary's way on to the next module is asked of the LMS once: Continue where it says continue is valid,
 *   "Exit to the course menu" where it cannot vouch for it (Moodle);
 * - a page restored from the back/forward cache after its session ended is loaded again.
 * Learner-facing texts live in `components/session-notices.ts`.
 */
import { createActor, type ActorRefFrom, type AnyActorRef, type SnapshotFrom } from 'xstate';
import { drawAttempt, type DrawnQuestion } from '../assessment/draw.ts';
import { keysAfterAttempt } from '../assessment/review-policy.ts';
import { isCorrect, type AttemptScore } from '../assessment/scoring.ts';
import type { CompiledModule, CompiledQuestion, ModuleContent, ModuleShell } from '../content/compiled.ts';
import {
  attemptsLeft,
  isComplete,
  journeyQuizAttempt,
  moduleJourneyMachine,
  type AttemptReport,
  type EndReason,
  type JourneyContext,
  type JourneyResume,
  type JourneySettings,
  type SaveRequest,
  resumeOf,
} from '../machines/module-journey.ts';
import type { AnswerSubmitted, QuizAttemptContext, QuizAttemptEvent } from '../machines/quiz-attempt.ts';
import type { LaunchData, LaunchMode, LmsAdapter, SaveState } from '../scorm/lms-adapter.ts';
import { reflectionScope } from '../state/reflections.ts';
import { decodeResumeState, encodeResumeState, interactionsWrittenIn } from '../state/resume-codec.ts';
import { loadModuleContent } from './content-loader.ts';
import { loadExtras } from './extras-loader.ts';
import { journeySettings } from './journey-settings.ts';
import { interactionFor, registerObjectives, reportAttempt } from './lms-reporting.ts';
import { TabPresence, type TabStatus } from './tab-presence.ts';

/** What the view asks for: one typed vocabulary, forwarded from the leaf components' events. */
export type PlayerEvent =
  | { type: 'start' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'page'; pageId: string }
  | { type: 'quiz' }
  | { type: 'retry' }
  | { type: 'results' }
  | { type: 'finish' }
  | { type: 'next-module' }
  /** the LMS cannot vouch for its next module (Moodle): leave to its course menu instead */
  | { type: 'exit-to-menu' }
  | { type: 'select'; response: string[] }
  | { type: 'submit' }
  | { type: 'next-question' }
  | { type: 'practice'; activityId: string; optionId: string }
  | { type: 'scenario'; scenarioId: string; path: string }
  | { type: 'reload-content' }
  /** the knowledge check's content note: go on to the attempt, or stay where you are */
  | { type: 'note-continue' }
  | { type: 'note-pause' };

/** The question on screen: during an attempt, or the last answer of a finished one. */
export interface QuestionView {
  question: CompiledQuestion;
  optionOrder: string[];
  response: string[];
  submitted: boolean;
  correct: boolean;
  index: number;
  total: number;
  attempt: number;
}

export type SessionScreen =
  'welcome' | 'loading' | 'load-failed' | 'pages' | 'quiz' | 'lastAnswer' | 'results' | 'complete' | 'ended';

/** Everything the view needs to draw the current screen. */
export interface SessionSnapshot {
  screen: SessionScreen;
  journey: JourneyContext;
  module: CompiledModule | null;
  question: QuestionView | null;
  lastScore: AttemptScore | null;
  save: SaveState | null;
  mode: LaunchMode;
  tabs: TabStatus;
  /** the summary may offer the next module (whole-course SCORM 2004, where the LMS says continue is valid) */
  canContinue: boolean;
  /**
   * the summary offers "Exit to the course menu" instead: the LMS has a next module but cannot say whether
   * continuing to it works (Moodle answers "unknown", then loads it without a fresh API)
   */
  canExitToMenu: boolean;
  /** the session ended by handing over to the next module */
  leaving: boolean;
  /** the session ended by going back to the LMS's course menu, where the learner chooses the next module */
  leftForMenu: boolean;
  learnerName: string;
  /** the knowledge check's content note, shown before an attempt starts (once per session) */
  quizNoteHtml: string | null;
  /** whose private reflections these are (module and learner); '' keeps them for this page only */
  reflectionScope: string;
  /** the last attempt's questions with the learner's answers, when the review policy lets the keys be shown */
  answerReview: AnswerReview[] | null;
  /**
   * after a pass, around the check: the screens say what another attempt will and will not change in what is
   * recorded (session-notices.ts, retakeMessages)
   */
  retakeOverPass: boolean;
}

export interface ModuleSessionOptions {
  shell: ModuleShell;
  adapter: LmsAdapter;
  /** one module of the whole-course package: the summary may offer the next module */
  inCourse?: boolean;
  loadContent?: () => Promise<ModuleContent>;
  /** where visibilitychange and pagehide are heard; defaults to the global document and window */
  lifecycle?: { document: EventTarget & { visibilityState: string }; window: EventTarget };
  tabs?: TabPresence;
  /** runs LMS work after the next paint; tests pass one they drive by hand */
  afterPaint?: (work: () => void) => void;
  newSeed?: () => number;
  now?: () => number;
  /** where LMS faults are reported for diagnostics; defaults to console.warn */
  diagnose?: (message: string) => void;
  /** loads the page again (a page restored from the back/forward cache); defaults to location.reload */
  reload?: () => void;
}

type JourneyActor = ActorRefFrom<typeof moduleJourneyMachine>;

/** "Saved again" stays long enough to be read: an ordinary save within this time does not replace it. */
const RECOVERED_NOTICE_MS = 8000;

const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

/**
 * After the browser has painted: a frame, then a background task (which yields to the page's own work), or a
 * plain task where the Scheduler API is missing. A hidden page may never paint, so a timer backs it up.
 */
function afterNextPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  const scheduler = (
    globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => unknown } }
  ).scheduler;
  const task = () =>
    scheduler?.postTask ? void scheduler.postTask(once, { priority: 'background' }) : setTimeout(once, 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(task);
  setTimeout(once, 250);
}

/** The module's text and the components that show it (player/extras.js), side by side in one wait. */
const loadScreens = (): Promise<ModuleContent> =>
  Promise.all([loadModuleContent(), loadExtras()]).then(([content]) => content);

/**
 * The module's text (with the later screens' code), loaded once: idle → loading → ready, or failed and tried
 * again on the next request. A plain promise with a status: the session's journey is the machine; this only
 * waits for files.
 */
class ContentRequest {
  status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  content: ModuleContent | null = null;

  constructor(
    private readonly load: () => Promise<ModuleContent>,
    private readonly changed: () => void,
  ) {}

  /** Loads the content unless it is loading or has arrived. */
  request(): void {
    if (this.status === 'loading' || this.status === 'ready') return;
    this.status = 'loading';
    new Promise<ModuleContent>((resolve) => resolve(this.load())).then(
      (content) => this.settle('ready', content),
      () => this.settle('failed', null),
    );
    this.changed();
  }

  private settle(status: 'ready' | 'failed', content: ModuleContent | null): void {
    this.status = status;
    this.content = content;
    this.changed();
  }
}

export class ModuleSession {
  readonly shell: ModuleShell;
  settings: JourneySettings;
  private readonly adapter: LmsAdapter;
  private readonly inCourse: boolean;
  private journey: JourneyActor;
  private readonly content: ContentRequest;
  private readonly tabs: TabPresence;
  private readonly afterPaint: (work: () => void) => void;
  private readonly newSeed: () => number;
  private readonly now: () => number;
  private readonly diagnose: (message: string) => void;
  private readonly reload: () => void;
  private readonly lifecycle: NonNullable<ModuleSessionOptions['lifecycle']> | undefined;
  private readonly listeners = new Set<() => void>();

  private mode: LaunchMode = 'normal';
  private learnerName = '';
  private reflectionScope = '';
  private saveState: SaveState | null = null;
  private recoveredAt = -Infinity;
  /** the latest save not yet written to the LMS (written after the next paint, or at once when the page hides) */
  private pendingSave: SaveRequest | null = null;
  /** the LMS already held this module finished at launch (a new attempt over a pass, or a course update) */
  private finishedAtLaunch = false;
  private questionShownAt = 0;
  /** the question last shown (attempt:index), so latency starts when a new one appears */
  private shownQuestion = '';
  /** the questions drawn for the attempt with this seed (the draw is deterministic) */
  private drawn: { seed: number; questions: DrawnQuestion[] } | null = null;
  private started = false;
  /** the place last written to the LMS (location, suspend data, progress) */
  private writtenPlace = '';

  constructor(options: ModuleSessionOptions) {
    this.shell = options.shell;
    this.adapter = options.adapter;
    this.inCourse = options.inCourse ?? false;
    this.tabs = options.tabs ?? TabPresence.forModule(options.shell.id);
    this.afterPaint = options.afterPaint ?? afterNextPaint;
    this.newSeed = options.newSeed ?? randomSeed;
    this.now = options.now ?? Date.now;
    this.diagnose = options.diagnose ?? ((message) => console.warn(`imh-scorm: ${message}`));
    this.reload = options.reload ?? (() => globalThis.location?.reload());
    this.lifecycle =
      options.lifecycle ??
      (typeof document === 'undefined'
        ? undefined
        : { document, window: globalThis as unknown as EventTarget });

    this.adapter.onSaveState((state) => this.onSaveState(state));
    this.adapter.onLateLaunch((launch) => this.onLateLaunch(launch));
    const { resume, recording } = this.applyLaunch(this.adapter.initialise());
    this.settings = journeySettings(this.shell, this.mode === 'review');

    const loadContent = options.loadContent ?? loadScreens;
    this.content = new ContentRequest(loadContent, () => this.started && this.notify());
    this.journey = this.createJourney(resume, recording);
    this.tabs.onChange((status) => this.onTabs(status));
  }

  /** What the launch says: mode, learner, whether this session records; and the resume state to start from. */
  private applyLaunch(launch: LaunchData): { resume: JourneyResume | undefined; recording: boolean } {
    this.mode = launch.mode;
    this.learnerName = launch.learnerName;
    this.reflectionScope = reflectionScope(this.shell.id, launch.learnerKey);
    this.finishedAtLaunch = launch.completed;
    const recording = launch.mode === 'normal' || launch.mode === 'no-credit';
    if (!recording) this.adapter.stopRecording('terminate');
    this.settings = journeySettings(this.shell, launch.mode === 'review');
    const resume = this.restore(launch.suspendData, launch.location);
    this.adapter.keepInteractionsAbove(interactionsWrittenIn(launch.suspendData));
    // Only objectives the LMS does not hold yet are written: the adapter never lowers one it holds.
    if (recording) registerObjectives(this.adapter, this.shell);
    return { resume, recording };
  }

  private createJourney(resume: JourneyResume | undefined, recording: boolean): JourneyActor {
    return createActor(
      moduleJourneyMachine.provide({
        actions: {
          saveProgress: (_, request) => this.requestSave(request),
          reportAttempt: (_, report) => this.report(report),
          endSession: (_, end) => this.end(end.reason, end.resume),
          stopRecording: () => {
            this.pendingSave = null;
            this.adapter.stopRecording('abandon');
          },
        },
        actors: {
          quizAttempt: journeyQuizAttempt.provide({
            actions: { answerSubmitted: (_, answer) => this.recordAnswer(answer) },
          }),
        },
      }),
      {
        input: { settings: this.settings, recording, tabs: this.tabs.status, ...(resume ? { resume } : {}) },
      },
    );
  }

  /**
   * The LMS answered only after the launch (its Initialize failed at first), so the course started afresh on the
   * welcome screen. While the learner is still there, start again from what the LMS holds, so a brief failure at
   * launch never costs them their place; once they have moved on, the LMS's record is protected by the adapter.
   */
  private onLateLaunch(launch: LaunchData): void {
    if (!this.started || this.journeySnapshot.status !== 'active') return;
    if (this.journeySnapshot.context.screen !== 'welcome') return;
    const { resume, recording } = this.applyLaunch(launch);
    this.journey.stop();
    this.journey = this.createJourney(resume, recording);
    this.journey.subscribe(() => this.onJourneyChange());
    this.journey.start();
    this.onJourneyChange();
    if (this.journeySnapshot.context.screen !== 'welcome') this.content.request();
  }

  /** Starts the journey and listens to the page's lifecycle. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.journey.subscribe(() => this.onJourneyChange());
    this.journey.start();
    this.onJourneyChange();
    if (this.journeySnapshot.context.screen !== 'welcome') this.content.request();
    this.lifecycle?.document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.lifecycle?.window.addEventListener('pagehide', this.onPageHide);
    this.lifecycle?.window.addEventListener('pageshow', this.onPageShow);
  }

  /** Stops listening to the page (the view was removed); the LMS session itself ends on pagehide. */
  stop(): void {
    this.stopSaving();
    this.lifecycle?.window.removeEventListener('pageshow', this.onPageShow);
  }

  private stopSaving(): void {
    this.lifecycle?.document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.lifecycle?.window.removeEventListener('pagehide', this.onPageHide);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(event: PlayerEvent): void {
    const journey = this.journey;
    switch (event.type) {
      case 'note-continue':
        return journey.send({ type: 'note.continue' });
      case 'note-pause':
        return journey.send({ type: 'note.pause' });
      case 'start':
        this.content.request();
        return journey.send({ type: 'journey.start' });
      case 'reload-content':
        return this.content.request();
      case 'next':
        return journey.send({ type: 'page.next', seed: this.newSeed() });
      case 'back':
        return journey.send({ type: 'page.back' });
      case 'page': {
        const index = this.shell.pages.findIndex((p) => p.id === event.pageId);
        return journey.send({ type: 'page.goto', index });
      }
      case 'quiz':
        return journey.send({ type: 'quiz.start', seed: this.newSeed() });
      case 'retry':
        return journey.send({ type: 'quiz.retry', seed: this.newSeed() });
      case 'results':
        // An attempt resumed on its last answer's feedback is finished first, then shown.
        if (this.journeySnapshot.context.screen === 'quiz') this.toQuiz({ type: 'quiz.next' });
        return journey.send({ type: 'results.show' });
      case 'finish':
        return journey.send({ type: 'journey.finish' });
      case 'next-module':
        return journey.send({ type: 'session.end', reason: 'continue' });
      case 'exit-to-menu':
        return journey.send({ type: 'session.end', reason: 'menu' });
      case 'practice':
        return journey.send({
          type: 'practice.answer',
          activityId: event.activityId,
          optionId: event.optionId,
        });
      case 'scenario':
        return journey.send({ type: 'scenario.progress', scenarioId: event.scenarioId, path: event.path });
      case 'select':
        return this.toQuiz({ type: 'quiz.select', response: event.response });
      case 'submit':
        return this.submitAnswer();
      case 'next-question':
        // After the last answer the attempt is over: what comes next is its result.
        if (this.journeySnapshot.context.screen !== 'quiz') return journey.send({ type: 'results.show' });
        return this.toQuiz({ type: 'quiz.next' });
    }
  }

  get snapshot(): SessionSnapshot {
    const journey = this.journeySnapshot;
    const c = journey.context;
    const content = this.content;
    const module = content.content ? { ...this.shell, ...content.content } : null;
    return {
      screen: this.screen(journey, content.status),
      journey: c,
      module,
      question: module ? this.questionView(c, module) : null,
      lastScore: c.lastAttempt?.score ?? null,
      save: this.saveState,
      mode: this.mode,
      tabs: c.tabs,
      canContinue: c.nextModule === 'continue' && c.endedBy === null,
      canExitToMenu: c.nextModule === 'menu' && c.endedBy === null,
      leaving: c.endedBy === 'continue',
      leftForMenu: c.endedBy === 'menu',
      learnerName: this.learnerName,
      quizNoteHtml: c.noteHeld ? (module?.quizNoteHtml ?? null) : null,
      reflectionScope: this.reflectionScope,
      answerReview: module && c.screen === 'results' ? this.answerReview(c, module) : null,
      retakeOverPass: this.retakeOverPass(c),
    };
  }

  /**
   * Over a module the LMS already holds finished, the check and its results say what this attempt can and cannot
   * change in what is recorded.
   */
  private retakeOverPass(c: JourneyContext): boolean {
    if (this.mode !== 'normal' || !this.recording || !this.finishedAtLaunch) return false;
    return c.screen === 'results' || c.screen === 'quiz' || c.screen === 'lastAnswer';
  }

  // ---- the journey's actions -----------------------------------------------------------------------------------

  /** A save is written after the next paint; a later one before then replaces it (it holds a newer state). */
  private requestSave(request: SaveRequest): void {
    if (!this.recording) return;
    const waiting = this.pendingSave !== null;
    this.pendingSave = request;
    if (!waiting) this.afterPaint(() => this.flushSave());
  }

  private flushSave(): void {
    const request = this.pendingSave;
    this.pendingSave = null;
    if (!request || !this.recording) return;
    this.writePlace(request.resume);
    const saved = request.reason === 'hidden' ? this.adapter.saveOnHide() : this.adapter.commit();
    if (saved) this.tabs.announceSaved();
  }

  private report(report: AttemptReport): void {
    if (!this.recording) return;
    reportAttempt(this.adapter, this.shell, report.outcome.score);
    this.adapter.setCompleted(report.complete);
    this.adapter.setPassed(report.passed);
  }

  private recordAnswer(answer: AnswerSubmitted): void {
    if (!this.recording) return;
    // The question's text comes from the loaded content; the whole view snapshot is not needed for that.
    const content = this.content.content;
    const question = content?.questions.find((q) => q.id === answer.question.id);
    if (!question) return;
    this.adapter.recordInteraction(
      interactionFor(question, answer, this.now() - this.questionShownAt, new Date(this.now())),
    );
  }

  /** The session's one ending: write the place (unless nothing may be written) and leave the LMS. */
  private end(reason: EndReason, resume: JourneyResume): void {
    this.pendingSave = null;
    this.stopSaving();
    if (this.recording) this.writePlace(resume);
    if (reason === 'continue') this.adapter.continueToNext();
    else if (reason === 'menu') this.adapter.exitToMenu();
    else this.adapter.terminate();
    this.tabs.close();
  }

  /** Writes the learner's place; a place the LMS already holds is not sent again (so no Commit follows). */
  private writePlace(resume: JourneyResume): void {
    const c = this.journeySnapshot.context;
    const location = this.shell.pages[resume.page]?.id ?? '';
    const suspendData = encodeResumeState(resume, this.settings, {
      interactions: this.adapter.interactionsWritten(),
    });
    const visited = resume.visited.filter(Boolean).length / resume.visited.length;
    const progress = isComplete(c) ? 1 : Math.round(visited * 90) / 100;
    const place = `${location}|${suspendData}|${progress}`;
    if (place === this.writtenPlace) return;
    this.writtenPlace = place;
    this.adapter.setLocation(location);
    this.adapter.setSuspendData(suspendData);
    this.adapter.setProgress(progress);
  }

  // ---- the page lifecycle --------------------------------------------------------------------------------------

  /** Hidden (another tab, the phone locked, the window closing): what is not yet in the LMS goes now. */
  private readonly onVisibilityChange = () => {
    if (this.lifecycle?.document.visibilityState !== 'hidden' || !this.recording) return;
    if (this.journeySnapshot.status !== 'active') return;
    this.pendingSave = { reason: 'hidden', resume: resumeOf(this.journeySnapshot.context) };
    this.flushSave();
  };

  private readonly onPageHide = () => {
    if (this.journeySnapshot.status === 'active') this.journey.send({ type: 'session.end', reason: 'exit' });
  };

  /**
   * Back, then Forward, can bring this page back from the browser's back/forward cache after pagehide ended the
   * LMS session: what is on screen then belongs to a session the LMS has closed. Loading the page again launches
   * honestly (the LMS found again, the place read from what it holds).
   */
  private readonly onPageShow = (event: Event) => {
    if ((event as Event & { persisted?: boolean }).persisted && this.journeySnapshot.status === 'done')
      this.reload();
  };

  // ---- what the LMS and other tabs say -------------------------------------------------------------------------

  /** The learner-facing notice and the diagnostic for a fault both come from here. */
  private onSaveState(state: SaveState): void {
    if ('fault' in state && state.fault) this.diagnose(`${state.kind}: ${state.fault}`);
    const showingRecovered =
      this.saveState?.kind === 'recovered' && this.now() - this.recoveredAt < RECOVERED_NOTICE_MS;
    if (state.kind === 'saved' && showingRecovered) return;
    if (state.kind === 'recovered') this.recoveredAt = this.now();
    this.saveState = state;
    this.notify();
  }

  /** What other tabs say goes to the journey: a tab left behind stops recording there (see `stopRecording`). */
  private onTabs(status: TabStatus): void {
    if (this.journeySnapshot.status === 'active') this.journey.send({ type: 'tabs.changed', status });
  }

  /** Whether this session still writes to the LMS (the journey's rule: mode and tabs). */
  private get recording(): boolean {
    return this.journeySnapshot.context.recording;
  }

  // ---- restoring and deriving ----------------------------------------------------------------------------------

  /** The resume state, or — when it is missing, unreadable or inconsistent — the page named in the location. */
  private restore(suspendData: string, location: string): JourneyResume | undefined {
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

  private get journeySnapshot(): SnapshotFrom<JourneyActor> {
    return this.journey.getSnapshot();
  }

  private onJourneyChange(): void {
    const snapshot = this.journeySnapshot;
    const complete = snapshot.context.screen === 'complete';
    // In a sequenced course (SCORM 2004) the summary can offer the next module: ask the LMS once, on arrival.
    if (complete && snapshot.context.nextModule === null && snapshot.status === 'active')
      return this.journey.send({
        type: 'next-module.offered',
        offer: this.inCourse ? this.adapter.nextActivity() : 'none',
      });
    // Latency runs from when a question is shown (the attempt's first one too), not from each change of choice.
    const attempt = snapshot.context.currentAttempt;
    const shown =
      snapshot.context.screen === 'quiz' && attempt && !attempt.showingFeedback
        ? `${snapshot.context.attempts}:${attempt.index ?? 0}`
        : '';
    if (shown && shown !== this.shownQuestion) this.questionShownAt = this.now();
    this.shownQuestion = shown;
    this.notify();
  }

  /** The attempt is talked to only through its events; the journey holds how far it has gone. */
  private toQuiz(event: QuizAttemptEvent): void {
    (this.journey.system.get('quiz') as AnyActorRef | undefined)?.send(event);
  }

  private drawnFor(seed: number): DrawnQuestion[] {
    if (this.drawn?.seed !== seed)
      this.drawn = {
        seed,
        questions: drawAttempt(this.settings.bank, this.settings.questionsPerAttempt, seed),
      };
    return this.drawn.questions;
  }

  private submitAnswer(): void {
    const c = this.journeySnapshot.context;
    const attempt = c.currentAttempt;
    if (c.screen !== 'quiz' || !attempt) return;
    const drawn = this.drawnFor(attempt.seed)[attempt.index ?? 0];
    if (!drawn) return;
    const question = this.settings.bank.find((q) => q.id === drawn.id);
    // An ordering question left as shown is still an answer: the order on screen.
    if (question?.type === 'ordering' && !attempt.responses?.[drawn.id])
      this.toQuiz({ type: 'quiz.select', response: drawn.optionOrder });
    this.toQuiz({ type: 'quiz.submit' });
  }

  private screen(journey: SnapshotFrom<JourneyActor>, content: string): SessionScreen {
    if (journey.status === 'done') return 'ended';
    const screen = journey.context.screen;
    if (screen === 'welcome') return 'welcome';
    if (content === 'failed') return 'load-failed';
    if (content !== 'ready') return 'loading';
    return screen;
  }

  /**
   * The keys of the last attempt, with the learner's answers, once the course's review policy allows: after a pass
   * or when no attempts remain (afterPass), after every attempt (afterAttempt), or never. Until then a retake is a
   * test of what was learned, not of what the screens showed.
   */
  private answerReview(c: JourneyContext, module: CompiledModule): AnswerReview[] | null {
    const last = c.lastAttempt;
    if (!last || !keysMayShow(module.quiz.review, c)) return null;
    return drawAttempt(this.settings.bank, this.settings.questionsPerAttempt, last.seed).flatMap((drawn) => {
      const question = module.questions.find((q) => q.id === drawn.id);
      const scorable = this.settings.bank.find((q) => q.id === drawn.id);
      if (!question || !scorable) return [];
      const response = last.responses[drawn.id] ?? [];
      return [{ question, response, correct: isCorrect(scorable, response) }];
    });
  }

  private questionView(c: JourneyContext, module: CompiledModule): QuestionView | null {
    if (c.screen === 'quiz') {
      const attempt = c.currentAttempt;
      if (!attempt) return null;
      const quiz = {
        drawn: this.drawnFor(attempt.seed),
        index: attempt.index ?? 0,
        responses: attempt.responses ?? {},
        attempt: c.attempts,
      };
      return this.viewOf(module, quiz, attempt.showingFeedback ?? false);
    }
    if (c.screen === 'lastAnswer' && c.lastAttempt) {
      const drawn = this.drawnFor(c.lastAttempt.seed);
      const quiz: Pick<QuizAttemptContext, 'drawn' | 'index' | 'responses' | 'attempt'> = {
        drawn,
        index: drawn.length - 1,
        responses: c.lastAttempt.responses,
        attempt: c.lastAttempt.attempt,
      };
      return this.viewOf(module, quiz, true);
    }
    return null;
  }

  private viewOf(
    module: CompiledModule,
    quiz: Pick<QuizAttemptContext, 'drawn' | 'index' | 'responses' | 'attempt'>,
    submitted: boolean,
  ): QuestionView | null {
    const drawn = quiz.drawn[quiz.index];
    const question = drawn && module.questions.find((q) => q.id === drawn.id);
    if (!drawn || !question) return null;
    const response = quiz.responses[drawn.id] ?? [];
    return {
      question,
      optionOrder: drawn.optionOrder,
      response,
      submitted,
      correct: submitted && isCorrect(question, response),
      index: quiz.index,
      total: quiz.drawn.length,
      attempt: quiz.attempt,
    };
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** One question of the last attempt with the learner's answer, for the review of keys. */
export interface AnswerReview {
  question: CompiledQuestion;
  response: string[];
  correct: boolean;
}

/** The review policy (one rule, in review-policy.ts): whether the keys of the last attempt may be shown now. */
function keysMayShow(policy: CompiledModule['quiz']['review'], c: JourneyContext): boolean {
  const left = attemptsLeft(c);
  return keysAfterAttempt(policy, {
    passed: c.passed,
    ...(Number.isFinite(left) ? { attemptsLeft: left } : {}),
  });
}
