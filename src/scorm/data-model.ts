/**
 * Every difference between SCORM 1.2 and SCORM 2004 4th edition that the course relies on, in one table:
 * API and element names by meaning, vocabularies, value formats, length limits and known LMS quirks.
 * Code elsewhere reads the table it is given and never branches on the version itself.
 *
 * Checked against scorm-again 3.4 (`scorm12_regex`, `scorm2004_regex`, `LearnerResponses`, `CorrectResponses`)
 * and Moodle's stricter player patterns, so every value sent validates in both.
 */
import type { ObjectiveStatus, ScormVersion } from './lms-adapter.ts';
import { formatClockTime, formatDuration, formatTimespan, formatTimestamp } from './cmi-values.ts';

/** The course's standing in the module; `passed` is undefined until an assessed attempt has finished. */
export interface LearnerStatus {
  completed: boolean;
  passed: boolean | undefined;
}

/** Status as read at launch: `started` is false for "not attempted" / "unknown", the LMS's fresh state. */
export interface LmsStatus extends LearnerStatus {
  started: boolean;
}

export type ApiMethod =
  | 'initialize'
  | 'terminate'
  | 'getValue'
  | 'setValue'
  | 'commit'
  | 'getLastError'
  | 'getErrorString'
  | 'getDiagnostic';

/** [field below `cmi.objectives.n.`, value]; an undefined value is left unset. */
export type ObjectiveField = readonly [field: string, value: string | undefined];

export interface DataModel {
  readonly version: ScormVersion;
  /** The window property that holds the LMS's API object. */
  readonly apiName: 'API' | 'API_1484_11';
  readonly method: Readonly<Record<ApiMethod, string>>;
  /** SCORM 2004 sequencing: asking the LMS for the next activity. SCORM 1.2 has no navigation requests. */
  readonly navigation: { readonly request: string; readonly continueValid: string } | undefined;
  readonly element: {
    readonly location: string;
    readonly suspendData: string;
    /** ab-initio | resume | "" */
    readonly entry: string;
    readonly learnerId: string;
    readonly learnerName: string;
    /** credit | no-credit */
    readonly credit: string;
    /** normal | browse | review */
    readonly mode: string;
    readonly exit: string;
    readonly sessionTime: string;
    /** 0–1; SCORM 1.2 has no progress element. */
    readonly progress: string | undefined;
    /** Prefix of raw/min/max (and scaled in 2004). */
    readonly score: string;
    readonly objectives: string;
    readonly interactions: string;
  };
  /** Reads and writes the module status, hiding 1.2's single lesson_status versus 2004's two statuses. */
  readonly status: {
    read(get: (element: string) => string): LmsStatus;
    write(status: LearnerStatus): ReadonlyArray<readonly [element: string, value: string]>;
  };
  /** Whether `score.scaled` (−1…1) exists, for the module and for each objective. */
  readonly scaledScore: boolean;
  readonly objective: {
    /** Status fields of `cmi.objectives.n`, in sending order. */
    status(status: ObjectiveStatus): readonly ObjectiveField[];
    /** The status an objective holds, from its fields under `at` (e.g. `cmi.objectives.0`). */
    readStatus(get: (element: string) => string, at: string): ObjectiveStatus;
    readonly description: string | undefined;
  };
  readonly interaction: {
    /** When the question was answered: 1.2 `time` (clock time), 2004 `timestamp` (date and time). */
    readonly time: string;
    formatTime(date: Date): string;
    readonly learnerResponse: string;
    readonly description: string | undefined;
    readonly result: { readonly correct: string; readonly wrong: string };
    /** Between choice or sequencing response ids: 1.2 `a,b`, 2004 `a[,]b`. */
    readonly separator: string;
    readonly trueFalse: { readonly true: string; readonly false: string };
  };
  readonly exit: { readonly suspend: string; readonly normal: string };
  /** Session time and interaction latency share one type per version. */
  formatDuration(ms: number): string;
  /** Maximum characters. Suspend data over the limit is still sent (never truncated): the codec must fit it. */
  readonly limit: {
    readonly location: number;
    readonly suspendData: number;
    readonly description: number;
    readonly interactionDescription: number;
    readonly identifier: number;
    /**
     * Interactions recorded in one LMS attempt: the first tries in full, then only score and objectives. 1.2: under
     * the 250 many LMSs allow. 2004: four tries of 12, because Moodle posts the whole data model as a beacon on
     * Commit and Terminate and Chrome refuses beacons past 64 KiB in flight (lost exit data after three tries).
     */
    readonly interactions: number;
  };
  readonly quirks: {
    /** GetValue error codes that only mean "nothing stored yet" (2004: 403 on a first read). */
    readonly emptyValueErrors: readonly number[];
    /** Initialize error codes meaning the session is already open (the SCO frame was reloaded). */
    readonly alreadyInitialisedErrors: readonly number[];
    /**
     * Whether a hidden page commits exit and the session time so far. 1.2: yes, because ILIAS's 1.2 API can post
     * only during unload (which Moodle's frame blocks), so an LMSFinish at pagehide stores nothing there. 2004: no,
     * because Moodle posts the whole data model as a beacon on each Commit and Terminate, and a Commit just before
     * Terminate gets the second beacon refused; ILIAS's 2004 Terminate keeps the data.
     */
    readonly commitsExitWhenHidden: boolean;
  };
}

export const scorm12: DataModel = {
  version: '1.2',
  apiName: 'API',
  navigation: undefined,
  method: {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    getValue: 'LMSGetValue',
    setValue: 'LMSSetValue',
    commit: 'LMSCommit',
    getLastError: 'LMSGetLastError',
    getErrorString: 'LMSGetErrorString',
    getDiagnostic: 'LMSGetDiagnostic',
  },
  element: {
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.core.entry',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    credit: 'cmi.core.credit',
    mode: 'cmi.core.lesson_mode',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    progress: undefined,
    score: 'cmi.core.score',
    objectives: 'cmi.objectives',
    interactions: 'cmi.interactions',
  },
  status: {
    read(get) {
      const status = get('cmi.core.lesson_status');
      return {
        completed: status === 'completed' || status === 'passed',
        passed: status === 'passed' ? true : status === 'failed' ? false : undefined,
        started: status !== '' && status !== 'not attempted',
      };
    },
    // One element carries both meanings: a known pass or fail outranks completion.
    write: ({ completed, passed }) => [
      [
        'cmi.core.lesson_status',
        passed === undefined ? (completed ? 'completed' : 'incomplete') : passed ? 'passed' : 'failed',
      ],
    ],
  },
  scaledScore: false,
  objective: {
    status: (status) => [['status', status]],
    readStatus: (get, at) => {
      const status = get(`${at}.status`);
      if (status === 'passed' || status === 'failed') return status;
      return status === 'incomplete' || status === 'completed' ? 'incomplete' : 'not attempted';
    },
    description: undefined,
  },
  interaction: {
    time: 'time',
    formatTime: formatClockTime,
    learnerResponse: 'student_response',
    description: undefined,
    result: { correct: 'correct', wrong: 'wrong' },
    separator: ',',
    trueFalse: { true: 't', false: 'f' },
  },
  // 1.2's "normal" exit is the empty string.
  exit: { suspend: 'suspend', normal: '' },
  formatDuration: formatTimespan,
  limit: {
    location: 255,
    suspendData: 4096,
    description: 0,
    interactionDescription: 0,
    identifier: 255,
    interactions: 240,
  },
  quirks: { emptyValueErrors: [], alreadyInitialisedErrors: [], commitsExitWhenHidden: true },
};

const completionOf = (status: ObjectiveStatus): string =>
  status === 'passed' || status === 'failed' ? 'completed' : status;

export const scorm2004: DataModel = {
  version: '2004',
  apiName: 'API_1484_11',
  navigation: { request: 'adl.nav.request', continueValid: 'adl.nav.request_valid.continue' },
  method: {
    initialize: 'Initialize',
    terminate: 'Terminate',
    getValue: 'GetValue',
    setValue: 'SetValue',
    commit: 'Commit',
    getLastError: 'GetLastError',
    getErrorString: 'GetErrorString',
    getDiagnostic: 'GetDiagnostic',
  },
  element: {
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    entry: 'cmi.entry',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    credit: 'cmi.credit',
    mode: 'cmi.mode',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    progress: 'cmi.progress_measure',
    score: 'cmi.score',
    objectives: 'cmi.objectives',
    interactions: 'cmi.interactions',
  },
  status: {
    read(get) {
      const completion = get('cmi.completion_status');
      const success = get('cmi.success_status');
      return {
        completed: completion === 'completed',
        passed: success === 'passed' ? true : success === 'failed' ? false : undefined,
        started: completion !== '' && completion !== 'unknown' && completion !== 'not attempted',
      };
    },
    write: ({ completed, passed }) => [
      ['cmi.completion_status', completed ? 'completed' : 'incomplete'],
      ['cmi.success_status', passed === undefined ? 'unknown' : passed ? 'passed' : 'failed'],
    ],
  },
  scaledScore: true,
  objective: {
    status: (status) => [
      ['success_status', status === 'passed' || status === 'failed' ? status : 'unknown'],
      ['completion_status', completionOf(status)],
      // An incomplete objective's share done is unknown, so progress is only stated at the ends.
      [
        'progress_measure',
        completionOf(status) === 'completed' ? '1' : status === 'not attempted' ? '0' : undefined,
      ],
    ],
    readStatus: (get, at) => {
      const success = get(`${at}.success_status`);
      if (success === 'passed' || success === 'failed') return success;
      const completion = get(`${at}.completion_status`);
      return completion === 'incomplete' || completion === 'completed' ? 'incomplete' : 'not attempted';
    },
    description: 'description',
  },
  interaction: {
    time: 'timestamp',
    formatTime: formatTimestamp,
    learnerResponse: 'learner_response',
    description: 'description',
    result: { correct: 'correct', wrong: 'incorrect' },
    separator: '[,]',
    trueFalse: { true: 'true', false: 'false' },
  },
  exit: { suspend: 'suspend', normal: 'normal' },
  formatDuration,
  limit: {
    location: 1000,
    suspendData: 64000,
    description: 250,
    // An interaction's description is the stem's start: enough to recognise it, small in the data model.
    interactionDescription: 80,
    identifier: 4000,
    interactions: 48,
  },
  quirks: { emptyValueErrors: [403], alreadyInitialisedErrors: [103], commitsExitWhenHidden: false },
};

/** Both tables, for tests and tools: the player imports only its own version's (src/main.ts). */
export const dataModels: Readonly<Record<ScormVersion, DataModel>> = { '1.2': scorm12, '2004': scorm2004 };
