/**
 * The LmsAdapter when no LMS is found (opened from a file, a preview, a misconfigured LMS): progress lives in
 * this browser's local storage under the course key, and the learner is told so once.
 */
import type {
  InteractionReport,
  LaunchData,
  LmsAdapter,
  ObjectiveReport,
  SaveState,
  ScoreReport,
} from './lms-adapter.ts';
import { launchFromLocal } from './launch-data.ts';
import { browserStore, isPersistent, readJson, writeJson, type KeyValueStore } from './local-store.ts';
import { emptyProgress, mergeProgress, parseProgress, type ProgressRecord } from './progress-record.ts';
import { forwardStatus } from './forward-only.ts';
import { SaveStateEvents } from './save-state-events.ts';

export interface StandaloneAdapterOptions {
  /** Local-storage key of this course's progress, e.g. `imh-scorm:progress:<courseKey>`. */
  storageKey: string;
  /** Defaults to the window's localStorage, or memory where that is blocked. */
  storage?: KeyValueStore;
}

export class StandaloneAdapter implements LmsAdapter {
  readonly kind = 'standalone' as const;

  private readonly store: KeyValueStore;
  private readonly events = new SaveStateEvents();
  private progress: ProgressRecord = emptyProgress();
  private launch: LaunchData | undefined;
  private storing = true;
  private recording = true;

  constructor(private readonly options: StandaloneAdapterOptions) {
    this.store = options.storage ?? browserStore(globalThis.window);
  }

  /** Subscribe to onSaveState before calling this: it reports 'local-only' once. */
  initialise(): LaunchData {
    if (this.launch) return this.launch;
    this.progress = parseProgress(readJson(this.store, this.options.storageKey)) ?? emptyProgress();
    this.launch = launchFromLocal(this.progress, 'this-device');
    this.events.emit({
      kind: 'local-only',
      lms: 'none',
      keptIn: isPersistent(this.store) ? 'browser' : 'page',
    });
    return this.launch;
  }

  setLocation(location: string): void {
    this.change({ location });
  }

  setSuspendData(data: string): void {
    this.change({ suspendData: data });
  }

  setProgress(measure: number): void {
    this.change({ progress: measure });
  }

  /** Status only moves forward (`forwardStatus`, the one rule for every adapter). */
  setCompleted(completed: boolean): void {
    const held = this.progress.status ?? { completed: false, passed: undefined };
    this.change({ status: forwardStatus(held, { ...held, completed }) });
  }

  setPassed(passed: boolean | undefined): void {
    const held = this.progress.status ?? { completed: false, passed: undefined };
    this.change({ status: forwardStatus(held, { ...held, passed }) });
  }

  setScore(score: ScoreReport): void {
    this.change({ score });
  }

  setObjective(objective: ObjectiveReport): void {
    this.change({ objectives: [objective] });
  }

  /** Answers are not kept: without an LMS nobody reads them, and they would grow without bound. */
  recordInteraction(_interaction: InteractionReport): void {}

  /** Without an LMS no interactions are kept, so none can be overwritten. */
  keepInteractionsAbove(_count: number): void {}

  interactionsWritten(): number {
    return 0;
  }

  /** There is no LMS: returns whether this browser stored the progress. */
  commit(): boolean {
    return this.persist();
  }

  /** No exit or session time to keep without an LMS. */
  saveOnHide(): boolean {
    return this.persist();
  }

  terminate(): void {
    this.persist();
  }

  /** Without an LMS, ending a session is only storing progress: 'terminate' and 'abandon' both stop writing. */
  stopRecording(_end: 'terminate' | 'abandon'): void {
    this.recording = false;
  }

  /** Without an LMS there is no next activity to go on to. */
  canContinue(): boolean {
    return false;
  }

  continueToNext(): void {
    this.terminate();
  }

  /** There is no LMS to answer late. */
  onLateLaunch(_listener: (launch: LaunchData) => void): () => void {
    return () => {};
  }

  nextActivity(): 'continue' | 'menu' | 'none' {
    return 'none';
  }

  exitToMenu(): void {
    this.terminate();
  }

  onSaveState(listener: (state: SaveState) => void): () => void {
    return this.events.subscribe(listener);
  }

  private change(part: Partial<ProgressRecord>): void {
    if (!this.recording) return;
    this.progress = mergeProgress(this.progress, part);
    this.persist();
  }

  private persist(): boolean {
    if (!this.recording) return true;
    const stored = writeJson(this.store, this.options.storageKey, this.progress);
    // Tell the learner once when storage stops working, not on every page turn.
    if (!stored && this.storing) this.events.emit({ kind: 'failed', keptIn: 'page' });
    this.storing = stored;
    return stored;
  }
}
