/**
 * The course's only view of an LMS: meaning-level operations that hide the SCORM version.
 * Implementations: SCORM 1.2, SCORM 2004 4th edition, and standalone (localStorage).
 */

export type ScormVersion = '1.2' | '2004';
export type AdapterKind = ScormVersion | 'standalone';

/**
 * How the LMS launched the SCO: `review` (a finished attempt reopened, as Moodle does by default after a fail) and
 * `browse` record nothing; `no-credit` runs normally, but the LMS will not count the result.
 */
export type LaunchMode = 'normal' | 'no-credit' | 'browse' | 'review';

/** What the LMS tells the course at launch. */
export interface LaunchData {
  entry: 'ab-initio' | 'resume' | '';
  location: string;
  suspendData: string;
  learnerName: string;
  /**
   * Whom data kept on this device belongs to: a hash of the LMS's learner id, 'this-device' without an LMS (one
   * user), undefined while the LMS has not named the learner (nothing may then be kept for them).
   */
  learnerKey: string | undefined;
  /** false when the LMS reports browse/review mode or no credit: the course should not change status. */
  credit: boolean;
  mode: LaunchMode;
  /** The status the LMS already holds, so a finished module is not reset to incomplete on relaunch. */
  completed: boolean;
}

export interface ScoreReport {
  /** 0–100, the value Moodle's gradebook reads. */
  raw: number;
  min: number;
  max: number;
}

export type ObjectiveStatus = 'passed' | 'failed' | 'incomplete' | 'not attempted';

/** One result per competency assessed in the module; the id is the competency id (e.g. "D1.2"). */
export interface ObjectiveReport {
  id: string;
  /** 0–100 */
  scorePercent: number;
  status: ObjectiveStatus;
  description?: string;
}

export type InteractionType = 'choice' | 'true-false' | 'sequencing';

/** One answered question in one attempt. Responses are option ids (single letters a–z; true-false uses t/f). */
export interface InteractionReport {
  /** Unique per question and attempt; the adapter makes it valid for the version's identifier rules. */
  id: string;
  type: InteractionType;
  description: string;
  learnerResponse: string[];
  correctResponse: string[];
  correct: boolean;
  weighting: number;
  latencyMs: number;
  timestamp: Date;
  /** Competency ids: become the interaction's objectives. */
  objectiveIds: string[];
}

/** How saving goes. `fault` is the LMS's own account, for diagnostics (the learner sees the kind). */
/**
 * Where progress the LMS has not confirmed is kept: in this browser (it survives a closed window), or nowhere but
 * this page (storage blocked or full, or a learner the LMS has not named, whose data is never stored on a device
 * that may be shared).
 */
export type KeptIn = 'browser' | 'page';

/** How saving goes, in facts; the words the learner reads are the view's (`session-notices.ts`). */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'retrying'; attempt: number; keptIn: KeptIn; fault?: string }
  | { kind: 'failed'; keptIn: KeptIn; fault?: string }
  | { kind: 'recovered' }
  /** No LMS session: there is none ('none', standalone) or it cannot be reached yet ('unreachable'). */
  | { kind: 'local-only'; lms: 'none' | 'unreachable'; keptIn: KeptIn };

export interface LmsAdapter {
  readonly kind: AdapterKind;
  /**
   * Calls Initialize once. Never throws: a failed LMS falls back to the local mirror and reports it.
   * Subscribe with onSaveState first: 'local-only' is reported from inside this call.
   */
  initialise(): LaunchData;
  setLocation(location: string): void;
  /** Sent as given, never truncated: keep it within `dataModels[version].limit.suspendData` (1.2: 4,096). */
  setSuspendData(data: string): void;
  /** 0–1; sent as cmi.progress_measure in 2004, ignored in 1.2. */
  setProgress(measure: number): void;
  setCompleted(completed: boolean): void;
  /** undefined = not yet known (no attempt finished). */
  setPassed(passed: boolean | undefined): void;
  setScore(score: ScoreReport): void;
  setObjective(objective: ObjectiveReport): void;
  recordInteraction(interaction: InteractionReport): void;
  /**
   * The resume state says this LMS attempt already holds `count` interactions: new ones go after them, even when
   * the LMS reports `cmi.interactions._count` as 0 or cannot read it.
   */
  keepInteractionsAbove(count: number): void;
  /** How many interactions this LMS attempt holds as far as this session knows (kept in the resume state). */
  interactionsWritten(): number;
  /**
   * Commits what has been set; retries with backoff on failure. Returns whether the LMS accepted it now
   * (standalone: whether this browser stored it). Does nothing after terminate(), and sends nothing when nothing
   * is unsaved (a Commit in Moodle 2004 posts the whole data model).
   */
  commit(): boolean;
  /**
   * The page is hidden (tab switched, window closing): commit() plus, where the version needs it, exit (suspend
   * while unfinished) and the session time so far, so an LMS that cannot save during pagehide still has them. The
   * session time is the running total since Initialize, so a learner who comes back is never counted twice.
   */
  saveOnHide(): boolean;
  /**
   * Sets exit (suspend while unfinished, normal once finished) and session time, and Terminates exactly once,
   * without a Commit of its own: Terminate implies one, and Moodle 2004 posts the whole data model on each.
   */
  terminate(): void;
  /**
   * Stops writing to the LMS for the rest of the session: values set from now on are dropped. `end` says how the
   * session then ends: 'terminate' (review and browse: Terminate with nothing written) or 'abandon' (a tab that is
   * behind another: no Terminate, which in Moodle 2004 would post this tab's older data model).
   */
  stopRecording(end: 'terminate' | 'abandon'): void;
  /** Whether the LMS may offer a next activity to go on to (SCORM 2004 sequencing: `true` or `unknown`). */
  canContinue(): boolean;
  /** Asks the LMS for the next activity and ends this session (terminate()); the LMS then delivers it. */
  continueToNext(): void;
  /**
   * How the learner can go on to the next module: 'continue' when the LMS says a continue request is valid
   * ("true"), 'menu' when its sequencing cannot vouch for one ("unknown", as Moodle answers: Moodle then loads
   * the next module without a fresh API, so nothing of it is recorded), 'none' without a next module.
   */
  nextActivity(): 'continue' | 'menu' | 'none';
  /** Ends this session with an `exit` navigation request: the learner picks the next module in the LMS's menu. */
  exitToMenu(): void;
  /** Save-state changes for the learner-facing notice. Returns an unsubscribe function. */
  onSaveState(listener: (state: SaveState) => void): () => void;
  /**
   * The LMS answered only after a launch that could not reach it (the session started afresh, as nothing may be
   * reused for an unknown learner): here is what the LMS holds, so the session can start from it.
   */
  onLateLaunch(listener: (launch: LaunchData) => void): () => void;
}
