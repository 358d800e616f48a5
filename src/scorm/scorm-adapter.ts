/**
 * The LmsAdapter for an LMS that provides a SCORM 1.2 or 2004 API. Version differences come from the table in
 * `data-model.ts`; LMS quirks from `lms-connection.ts`. Setters only buffer values in the LMS (SetValue);
 * `commit()` and `terminate()` are the only places that Commit. Everything set is mirrored in local storage
 * until a Commit succeeds, so a failing LMS loses nothing; the place each successful Commit saved is kept too, so a
 * launch that cannot reach the LMS resumes there.
 */
import type {
  InteractionReport,
  KeptIn,
  LaunchData,
  LmsAdapter,
  ObjectiveReport,
  SaveState,
  ScoreReport,
  ScormVersion,
} from './lms-adapter.ts';
import type { DataModel, LearnerStatus } from './data-model.ts';
import {
  interactionWrites,
  objectiveId,
  objectiveWrites,
  readSnapshot,
  scoreWrites,
  sessionEndWrites,
  type CmiWrite,
  type LmsSnapshot,
} from './cmi-codec.ts';
import { clamp, formatDecimal } from './cmi-values.ts';
import { LmsConnection, type CallResult, type LmsApi } from './lms-connection.ts';
import { browserStore, isPersistent, memoryStore, type KeyValueStore } from './local-store.ts';
import { emptyProgress, isEmptyProgress, mergeProgress, type ProgressRecord } from './progress-record.ts';
import {
  DEFAULT_RETRY_DELAYS_MS,
  RetryBackoff,
  timerScheduler,
  type RetryScheduler,
} from './retry-backoff.ts';
import { launchFromLms, launchFromLocal } from './launch-data.ts';
import { fingerprint, learnerKeyed, mirrorApplies, SaveMirror, type MirrorRecord } from './save-mirror.ts';
import { SaveStateEvents } from './save-state-events.ts';
import { forwardObjective, forwardScore, forwardStatus, type ObjectiveState } from './forward-only.ts';

export interface ScormAdapterOptions {
  /** The SCORM version's names and rules (data-model.ts): `scorm12` or `scorm2004`. */
  model: DataModel;
  /** The API object discovery found (`API` or `API_1484_11`). */
  api: LmsApi;
  /**
   * Local-storage key of the unsaved-progress mirror, one per course package, e.g. `imh-scorm:mirror:<courseKey>`;
   * each learner's mirror is kept under it with the learner's key appended, so learners sharing a device never
   * see or clear each other's. Nothing is kept for a learner the LMS has not named.
   */
  mirrorKey: string;
  /** Defaults to the window's localStorage, or memory where that is blocked. */
  storage?: KeyValueStore;
  /** Defaults to setTimeout; tests pass one they drive by hand. */
  scheduler?: RetryScheduler;
  /** Waits before each retry of a failed save; defaults to 0.5 s, 2 s, 5 s. */
  retryDelaysMs?: readonly number[];
  /** Clock for session time; defaults to Date.now. */
  now?: () => number;
  /** Runs discovery again when the API object lost its methods (the LMS frame reloaded). */
  relocateApi?: () => LmsApi | undefined;
}

type Phase = 'new' | 'connected' | 'local-only' | 'terminated';

/**
 * Continue is offered only when the LMS says a next activity exists ("true"). Moodle answers "unknown" (which the
 * standard allows) and then loads the next SCO without a fresh API, so that module's Initialize fails and its
 * data is lost: there, the learner is sent to the LMS's course menu instead.
 */
const CONTINUE_WORKS = 'true';

export class ScormAdapter implements LmsAdapter {
  readonly kind: ScormVersion;
  /** The latest LMS fault in technical terms: sent with 'retrying' and 'failed' save states for diagnostics. */
  lastFault: string | undefined;

  private readonly model: DataModel;
  private readonly lms: LmsConnection;
  private readonly storage: KeyValueStore;
  private readonly mirrorKey: string;
  private readonly events = new SaveStateEvents();
  private readonly lateLaunchListeners = new Set<(launch: LaunchData) => void>();
  private readonly retries: RetryBackoff;
  private readonly now: () => number;
  private readonly relocateApi: (() => LmsApi | undefined) | undefined;

  private phase: Phase = 'new';
  private launch: LaunchData | undefined;
  private startedAt = 0;
  private learnerId = '';
  private status: LearnerStatus = { completed: false, passed: undefined };
  /** Everything set since the last successful Commit, as meanings; mirrored in local storage. */
  private unsaved: ProgressRecord = emptyProgress();
  /** The latest location and suspend data, whether read from the LMS, resumed locally or set since. */
  private location = '';
  private suspendData = '';
  /** Fingerprint of the suspend data the LMS is known to hold ("" when unknown). */
  private lmsBase = '';
  /** After a local-only launch: the learner and suspend data (fingerprint) this session's place builds on. */
  private localStart: Pick<MirrorRecord, 'learnerId' | 'base'> | undefined;
  /** The best each objective holds, in the LMS or set since (by CMI objective id): nothing is written below it. */
  private readonly bestObjectives = new Map<string, ObjectiveState>();
  /** The best raw score the LMS holds or this session set. */
  private bestScore: number | undefined;
  /** Initialize succeeded, though the launch reads may not have (a second Initialize would fail). */
  private initialised = false;
  /** Failed GetValue calls so far: a launch read that fails is not an empty record. */
  private failedReads = 0;
  /** The next interaction index may not go below this (what this attempt already wrote, from the resume state). */
  private interactionFloor = 0;
  private readonly objectiveIndex = new Map<string, number>();
  private objectiveCount = 0;
  private readonly interactionIndex = new Map<InteractionReport, number>();
  private interactionCount = 0;
  /** A SetValue or Commit failed, so the LMS may lack values: the next save re-sends everything unsaved. */
  private resend = false;
  /** The last write of the mirror worked (storage full makes it fail). */
  private mirrorStored = true;
  /** The LMS was unreachable or the last save failed: the next success is reported as 'recovered'. */
  private troubled = false;
  /** The learner sees the local-only notice, so news of retries would only repeat it. */
  private showingLocalOnly = false;
  /** Review, browse or a tab that is behind: nothing more is written. */
  private recording = true;
  private endWithoutTerminate = false;

  constructor(options: ScormAdapterOptions) {
    this.kind = options.model.version;
    this.model = options.model;
    this.lms = new LmsConnection(this.model, options.api);
    const storage = options.storage ?? browserStore(globalThis.window);
    this.storage = storage;
    this.mirrorKey = options.mirrorKey;
    this.retries = new RetryBackoff(
      options.scheduler ?? timerScheduler,
      options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    );
    this.now = options.now ?? Date.now;
    this.relocateApi = options.relocateApi;
  }

  /** Exit (suspend while unfinished) and the session time since Initialize. */
  private sessionEndWrites(): CmiWrite[] {
    return sessionEndWrites(this.model, this.status.completed, this.now() - this.startedAt);
  }

  /** Subscribe to onSaveState before calling this: a failed Initialize reports 'local-only' from here. */
  initialise(): LaunchData {
    if (this.launch) return this.launch;
    this.startedAt = this.now();
    const snapshot = this.open();
    // Only a learner the LMS names has anything kept on this device: an unknown one could be anybody.
    this.launch = snapshot ? this.startConnected(snapshot, this.mirror.load()) : this.startLocalOnly();
    return this.launch;
  }

  setLocation(location: string): void {
    this.location = location;
    this.change({ location });
  }

  setSuspendData(data: string): void {
    this.suspendData = data;
    this.change({ suspendData: data });
  }

  setProgress(measure: number): void {
    this.change({ progress: clamp(measure, 0, 1) });
  }

  setCompleted(completed: boolean): void {
    this.changeStatus({ ...this.status, completed });
  }

  setPassed(passed: boolean | undefined): void {
    this.changeStatus({ ...this.status, passed });
  }

  setScore(score: ScoreReport): void {
    const next = forwardScore(this.bestScore, score);
    if (!next) return;
    this.bestScore = next.raw;
    this.change({ score: next });
  }

  setObjective(objective: ObjectiveReport): void {
    const key = objectiveId(this.model, objective.id);
    const next = forwardObjective(this.bestObjectives.get(key), objective);
    if (!next) return;
    this.bestObjectives.set(key, { status: next.status, scorePercent: next.scorePercent });
    this.change({ objectives: [next] });
  }

  /**
   * What this attempt already wrote, from the resume state: an LMS that reports `cmi.interactions._count` as 0 or
   * cannot read it (ILIAS on relaunch) must not have its earlier interactions overwritten from index 0.
   */
  keepInteractionsAbove(count: number): void {
    if (!Number.isInteger(count) || count <= 0) return;
    this.interactionFloor = Math.max(this.interactionFloor, count);
    this.interactionCount = Math.max(this.interactionCount, this.interactionFloor);
  }

  /** How many interactions this LMS attempt holds, as far as this session knows (for the resume state). */
  interactionsWritten(): number {
    return this.interactionCount;
  }

  /** Beyond the version's cap an answer is not recorded as an interaction (score and objectives still are). */
  recordInteraction(interaction: InteractionReport): void {
    const pending = this.unsaved.interactions.filter((i) => !this.interactionIndex.has(i)).length;
    if (this.interactionCount + pending >= this.model.limit.interactions) return;
    this.change({ interactions: [interaction] });
  }

  commit(): boolean {
    if (this.phase === 'new' || this.phase === 'terminated') return false;
    if (!this.recording) return true;
    // Nothing to send: a Commit would only post the same data model again.
    if (this.phase === 'connected' && !this.resend && !this.retries.active && isEmptyProgress(this.unsaved))
      return true;
    const saved = this.trySave([]);
    if (saved) this.reportSaved();
    else this.retryLater();
    return saved;
  }

  saveOnHide(): boolean {
    if (!this.model.quirks.commitsExitWhenHidden || !this.recording || this.phase !== 'connected')
      return this.commit();
    const saved = this.trySave(this.sessionEndWrites());
    if (saved) this.reportSaved();
    else this.retryLater();
    return saved;
  }

  canContinue(): boolean {
    return this.nextActivity() === 'continue';
  }

  nextActivity(): 'continue' | 'menu' | 'none' {
    const navigation = this.model.navigation;
    if (this.phase !== 'connected' || navigation === undefined) return 'none';
    const answer = this.read(navigation.continueValid, { optional: true });
    return answer === CONTINUE_WORKS ? 'continue' : answer === 'unknown' ? 'menu' : 'none';
  }

  exitToMenu(): void {
    const navigation = this.model.navigation;
    if (this.phase === 'connected' && navigation && !this.endWithoutTerminate)
      this.check(this.lms.setValue(navigation.request, 'exit'));
    this.terminate();
  }

  continueToNext(): void {
    const navigation = this.model.navigation;
    // The request is acted on at Terminate, so it is set just before; a refused request still ends the session.
    if (this.phase === 'connected' && navigation && !this.endWithoutTerminate)
      this.check(this.lms.setValue(navigation.request, 'continue'));
    this.terminate();
  }

  terminate(): void {
    if (this.phase === 'new' || this.phase === 'terminated') return;
    this.retries.cancel();
    if (this.endWithoutTerminate) {
      this.phase = 'terminated';
      return;
    }
    if (!this.recording) {
      const connected = this.phase === 'connected';
      this.phase = 'terminated';
      if (connected) this.check(this.lms.terminate());
      return;
    }
    const ending = this.sessionEndWrites();
    // Terminate commits by itself: a Commit first would send a second whole data model (Moodle 2004's beacon).
    const saved = this.trySave(ending, { commit: false });
    // A local-only session may have just reached the LMS (a late Initialize inside trySave): it is ended too.
    const connected = this.phase === 'connected';
    // Set before the call, so nothing (a pagehide during Terminate, a second terminate()) can Terminate twice.
    this.phase = 'terminated';
    const ended = connected && this.check(this.lms.terminate());
    if (saved && ended) {
      this.settle();
      this.reportSaved();
    } else if (connected) this.events.emit({ kind: 'failed', keptIn: this.keptIn(), ...this.faultDetail() });
  }

  stopRecording(end: 'terminate' | 'abandon'): void {
    this.recording = false;
    this.endWithoutTerminate = end === 'abandon';
    this.retries.cancel();
    this.unsaved = emptyProgress();
    this.mirror.clear();
  }

  onLateLaunch(listener: (launch: LaunchData) => void): () => void {
    this.lateLaunchListeners.add(listener);
    return () => this.lateLaunchListeners.delete(listener);
  }

  onSaveState(listener: (state: SaveState) => void): () => void {
    return this.events.subscribe(listener);
  }

  /**
   * Initialize and read what the LMS holds; undefined when Initialize fails or the LMS's record cannot be read
   * (a read that throws or errors is not an empty record: treating it as one would write "not started" over a
   * pass). Unreadable, the session runs as local-only: nothing is written, the mirror keeps everything, and the
   * retries read the record again until it can be read.
   */
  private open(): LmsSnapshot | undefined {
    if (!this.initialised) {
      if (!this.check(this.lms.initialize())) return undefined;
      this.initialised = true;
    }
    const snapshot = this.readRecord();
    if (!snapshot) return undefined;
    this.phase = 'connected';
    this.objectiveIndex.clear();
    snapshot.objectiveIds.forEach((id, index) => this.objectiveIndex.set(id, index));
    this.objectiveCount = snapshot.objectiveIds.length;
    this.interactionIndex.clear();
    this.interactionCount = Math.max(snapshot.interactionCount, this.interactionFloor);
    for (const held of snapshot.objectives) {
      const key = objectiveId(this.model, held.id);
      const best = forwardObjective(this.bestObjectives.get(key), {
        id: held.id,
        status: held.status,
        scorePercent: held.scorePercent ?? 0,
      });
      if (best) this.bestObjectives.set(key, { status: best.status, scorePercent: held.scorePercent });
    }
    if (snapshot.scoreRaw !== undefined) this.bestScore = Math.max(this.bestScore ?? 0, snapshot.scoreRaw);
    if (snapshot.learnerId !== '') this.learnerId = snapshot.learnerId;
    return snapshot;
  }

  /** The launch reads, tried up to three times while any read fails; undefined when they keep failing. */
  private readRecord(): LmsSnapshot | undefined {
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = this.failedReads;
      const snapshot = readSnapshot(
        this.model,
        (element) => this.read(element),
        (element) => this.read(element, { optional: true }),
      );
      if (this.failedReads === before) return snapshot;
    }
    return undefined;
  }

  private startConnected(snapshot: LmsSnapshot, mirrored: MirrorRecord | undefined): LaunchData {
    const carried = mirrored && mirrorApplies(mirrored, snapshot) ? mirrored.progress : undefined;
    if (!carried) this.mirror.clear();
    this.lmsBase = fingerprint(snapshot.suspendData);
    this.status = carried?.status ?? { completed: snapshot.status.completed, passed: snapshot.status.passed };
    if (carried) {
      this.unsaved = carried;
      this.resend = true;
    }
    if (!carried?.status && snapshot.credit && !snapshot.status.started) {
      this.changeStatus({ completed: false, passed: undefined });
    }
    const launch = launchFromLms(snapshot, carried, this.status.completed);
    this.location = launch.location;
    this.suspendData = launch.suspendData;
    return launch;
  }

  /**
   * No LMS session, so no known learner: start afresh (nothing kept on this device is reused, as it may be another
   * learner's), tell the learner, and keep trying to reach the LMS.
   */
  private startLocalOnly(): LaunchData {
    this.phase = 'local-only';
    this.troubled = true;
    // The session starts from nothing: empty suspend data.
    this.localStart = { learnerId: '', base: fingerprint('') };
    const launch = launchFromLocal(this.unsaved);
    this.location = launch.location;
    this.suspendData = launch.suspendData;
    this.events.emit({ kind: 'local-only', lms: 'unreachable', keptIn: 'page' });
    this.showingLocalOnly = true;
    this.retryLater();
    return launch;
  }

  /** Where unsaved progress survives: this browser only for a named learner and storage that keeps it. */
  private keptIn(): KeptIn {
    return this.learnerId !== '' && isPersistent(this.storage) && this.mirrorStored ? 'browser' : 'page';
  }

  /** The mirror of the current learner's unsaved progress (in memory only while the learner is unknown). */
  private get mirror(): SaveMirror {
    if (this.learnerId === '') return new SaveMirror(memoryStore(), this.mirrorKey);
    return new SaveMirror(this.storage, learnerKeyed(this.mirrorKey, this.learnerId));
  }

  /**
   * A late Initialize after a local-only start: everything done meanwhile goes to the LMS at this save, except a
   * place the LMS would lose. This session's location and suspend data build on what it launched from: the
   * mirror, the last saved place, or nothing (the welcome screen). They replace the LMS's only where the same rule
   * as for a mirror at launch allows it (the same learner, and the LMS holds nothing or still the state they build
   * on); otherwise the LMS's place wins and those two are dropped from the unsaved set, while interactions, score,
   * objectives and status are sent as usual. So a session that started from nothing never overwrites the LMS's
   * suspend data at reconnection. Trade-off: the learner stays where this session put them, and their next page
   * turn writes this session's state as usual, replacing the LMS's place after all; until then it is kept.
   */
  private reconnect(): boolean {
    const start = this.localStart;
    const snapshot = this.open();
    if (!snapshot) return false;
    this.localStart = undefined;
    // A session that started local-only is this window's: its learner is whoever the LMS now names.
    if (start && !mirrorApplies({ ...start, learnerId: start.learnerId || snapshot.learnerId }, snapshot))
      this.keepLmsPlace(snapshot);
    this.lmsBase = fingerprint(snapshot.suspendData);
    // A module finished or passed earlier stays so, whatever this session set before it could read that.
    this.status = forwardStatus(
      { completed: snapshot.status.completed, passed: snapshot.status.passed },
      this.status,
    );
    this.unsaved = this.aboveHeld(mergeProgress(this.unsaved, { status: this.status }), snapshot);
    this.resend = true;
    // The unsaved set now builds on what the LMS holds, for this learner: a failed save leaves it mirrored so.
    this.saveMirror();
    if (start) {
      const launch = launchFromLms(snapshot, undefined, this.status.completed);
      this.lateLaunchListeners.forEach((listener) => listener(launch));
    }
    return true;
  }

  /** The unsaved set without any score or objective below what the LMS turned out to hold. */
  private aboveHeld(record: ProgressRecord, snapshot: LmsSnapshot): ProgressRecord {
    const heldById = new Map(snapshot.objectives.map((held) => [objectiveId(this.model, held.id), held]));
    const objectives = record.objectives.flatMap((objective) => {
      const held = heldById.get(objectiveId(this.model, objective.id));
      const next = forwardObjective(
        held && { status: held.status, scorePercent: held.scorePercent },
        objective,
      );
      return next ? [next] : [];
    });
    const { score, ...rest } = record;
    const kept = score && forwardScore(snapshot.scoreRaw, score);
    return { ...rest, objectives, ...(kept ? { score: kept } : {}) };
  }

  /** The LMS keeps its location and suspend data: this session's are no longer unsaved, the LMS's are current. */
  private keepLmsPlace(snapshot: LmsSnapshot): void {
    const { location: _location, suspendData: _suspendData, ...rest } = this.unsaved;
    this.unsaved = rest;
    this.location = snapshot.location;
    this.suspendData = snapshot.suspendData;
  }

  /** The API object lost its methods: discovery may find the LMS's new one, which needs its own Initialize. */
  private relocateIfGone(): void {
    if (this.lms.available || !this.relocateApi) return;
    const found = this.relocateApi();
    if (found && found !== this.lms.api) {
      this.lms.api = found;
      this.initialised = false;
      this.phase = 'local-only';
    }
  }

  private changeStatus(status: LearnerStatus): void {
    const forward = forwardStatus(this.status, status);
    this.status = forward;
    this.change({ status: forward });
  }

  /** Records a change locally first, then buffers it in the LMS. Never commits. */
  private change(part: Partial<ProgressRecord>): void {
    if (!this.recording) return;
    this.unsaved = mergeProgress(this.unsaved, part);
    this.saveMirror();
    if (this.phase === 'connected') this.send(this.writesFor(part));
  }

  private writesFor(part: Partial<ProgressRecord>): CmiWrite[] {
    const { element } = this.model;
    const writes: CmiWrite[] = [];
    if (part.location !== undefined) writes.push([element.location, part.location]);
    if (part.suspendData !== undefined) writes.push([element.suspendData, part.suspendData]);
    if (part.progress !== undefined && element.progress) {
      writes.push([element.progress, formatDecimal(part.progress)]);
    }
    if (part.status) writes.push(...this.model.status.write(part.status));
    if (part.score) writes.push(...scoreWrites(this.model, element.score, part.score));
    for (const objective of part.objectives ?? []) {
      writes.push(...objectiveWrites(this.model, this.objectiveSlot(objective.id), objective));
    }
    for (const interaction of part.interactions ?? []) {
      writes.push(...interactionWrites(this.model, this.interactionSlot(interaction), interaction));
    }
    return writes;
  }

  /** The index of the objective with this id, or the next free one. */
  private objectiveSlot(id: string): number {
    const key = objectiveId(this.model, id);
    const index = this.objectiveIndex.get(key) ?? this.objectiveCount++;
    this.objectiveIndex.set(key, index);
    return index;
  }

  /** Interactions are appended; a re-sent one keeps the index it was first given. */
  private interactionSlot(interaction: InteractionReport): number {
    const index = this.interactionIndex.get(interaction) ?? this.interactionCount++;
    this.interactionIndex.set(interaction, index);
    return index;
  }

  /** Returns whether every value was accepted; a refusal marks everything unsaved for re-sending. */
  private send(writes: readonly CmiWrite[]): boolean {
    let accepted = true;
    for (const [element, value] of writes) {
      if (!this.check(this.lms.setValue(element, value))) {
        this.resend = true;
        accepted = false;
      }
    }
    return accepted;
  }

  /** Reaches the LMS if needed, re-sends what it may lack, sends `extra` and (unless told not to) Commits. */
  private trySave(extra: readonly CmiWrite[], { commit = true } = {}): boolean {
    this.relocateIfGone();
    if (this.phase === 'local-only' && !this.reconnect()) return false;
    const resent = this.resend ? this.resendUnsaved() : true;
    const sent = this.send(extra);
    if (!commit) return resent && sent;
    if (!this.check(this.lms.commit())) {
      this.resend = true;
      return false;
    }
    if (!resent || !sent) return false;
    this.settle();
    return true;
  }

  /** The LMS holds everything set so far: nothing is unsaved, and this is the place to resume from. */
  private settle(): void {
    this.unsaved = emptyProgress();
    this.interactionIndex.clear();
    this.lmsBase = fingerprint(this.suspendData);
    this.mirror.clear();
  }

  private faultDetail(): { fault?: string } {
    return this.lastFault ? { fault: this.lastFault } : {};
  }

  private resendUnsaved(): boolean {
    this.resend = false;
    return this.send(this.writesFor(this.unsaved));
  }

  private retryLater(): void {
    this.troubled = true;
    if (this.retries.active) return;
    const announce = (state: SaveState) => this.showingLocalOnly || this.events.emit(state);
    this.retries.start(
      () => {
        if (this.phase === 'terminated' || !this.trySave([])) return false;
        this.reportSaved();
        return true;
      },
      {
        retrying: (attempt) =>
          announce({ kind: 'retrying', attempt, keptIn: this.keptIn(), ...this.faultDetail() }),
        gaveUp: () => announce({ kind: 'failed', keptIn: this.keptIn(), ...this.faultDetail() }),
      },
    );
  }

  private reportSaved(): void {
    this.retries.cancel();
    this.events.emit({ kind: this.troubled ? 'recovered' : 'saved' });
    this.troubled = false;
    this.showingLocalOnly = false;
  }

  private read(element: string, { optional = false } = {}): string {
    const result = this.lms.getValue(element);
    if (!this.check(result) && !optional) this.failedReads++;
    return result.ok ? result.value : '';
  }

  private check(result: CallResult): boolean {
    if (!result.ok) this.lastFault = result.fault;
    return result.ok;
  }

  private saveMirror(): void {
    this.mirrorStored = this.mirror.save({
      learnerId: this.learnerId,
      base: this.lmsBase,
      progress: this.unsaved,
    });
  }
}
