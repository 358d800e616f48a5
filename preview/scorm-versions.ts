import type { ScormVersion } from './package-index.ts';

export type ApiOperation =
  | 'initialize'
  | 'terminate'
  | 'getValue'
  | 'setValue'
  | 'commit'
  | 'getLastError'
  | 'getErrorString'
  | 'getDiagnostic';

interface VersionTraits {
  /** The window property a SCO looks for. */
  globalName: 'API' | 'API_1484_11';
  /** The API's method name for each operation. */
  methods: Record<ApiOperation, string>;
  /** What a failed Commit reports: 2004 has 391 "Commit Failed"; 1.2 has only 101 "General exception". */
  commitFailureCode: number;
  generalFailureCode: number;
  /** The data model's own suspend_data limit (characters). */
  suspendDataLimit: number;
}

/** What differs between SCORM 1.2 and 2004 on the LMS side, in one place. */
export const VERSION_TRAITS: Record<ScormVersion, VersionTraits> = {
  '1.2': {
    globalName: 'API',
    methods: {
      initialize: 'LMSInitialize',
      terminate: 'LMSFinish',
      getValue: 'LMSGetValue',
      setValue: 'LMSSetValue',
      commit: 'LMSCommit',
      getLastError: 'LMSGetLastError',
      getErrorString: 'LMSGetErrorString',
      getDiagnostic: 'LMSGetDiagnostic',
    },
    commitFailureCode: 101,
    generalFailureCode: 101,
    suspendDataLimit: 4096,
  },
  '2004': {
    globalName: 'API_1484_11',
    methods: {
      initialize: 'Initialize',
      terminate: 'Terminate',
      getValue: 'GetValue',
      setValue: 'SetValue',
      commit: 'Commit',
      getLastError: 'GetLastError',
      getErrorString: 'GetErrorString',
      getDiagnostic: 'GetDiagnostic',
    },
    commitFailureCode: 391,
    generalFailureCode: 101,
    suspendDataLimit: 64_000,
  },
};

/** Moodle sites enforce SCORM 1.2's 4,096 characters for either version, so the panel warns from there. */
export const SUSPEND_DATA_WARNING = 4096;

/** The preview's one learner. SCORM 1.2 asks for "Last, First". */
export const LEARNER = { id: 'preview-learner', name: 'Learner, Preview' };
