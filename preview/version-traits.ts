import type { ScormVersion } from './package-index.ts';

import { dataModels, type ApiMethod } from '../src/scorm/data-model.ts';

/** The API operations, named as the course's own data-model table names them. */
export type ApiOperation = ApiMethod;

interface VersionTraits {
  /** The window property a SCO looks for. */
  globalName: 'API' | 'API_1484_11';
  /** The API's method name for each operation. */
  methods: Readonly<Record<ApiOperation, string>>;
  /** What a failed Commit reports: 2004 has 391 "Commit Failed"; 1.2 has only 101 "General exception". */
  commitFailureCode: number;
  generalFailureCode: number;
  /** The data model's own suspend_data limit (characters). */
  suspendDataLimit: number;
}

const traits = (
  version: ScormVersion,
  codes: Omit<VersionTraits, 'globalName' | 'methods'>,
): VersionTraits => ({
  globalName: dataModels[version].apiName,
  methods: dataModels[version].method,
  ...codes,
});

/** What differs between SCORM 1.2 and 2004 on the LMS side: names from the course's table, LMS codes here. */
export const VERSION_TRAITS: Record<ScormVersion, VersionTraits> = {
  '1.2': traits('1.2', { commitFailureCode: 101, generalFailureCode: 101, suspendDataLimit: 4096 }),
  '2004': traits('2004', { commitFailureCode: 391, generalFailureCode: 101, suspendDataLimit: 64_000 }),
};

/** Moodle sites enforce SCORM 1.2's 4,096 characters for either version, so the panel warns from there. */
export const SUSPEND_DATA_WARNING = 4096;

/** The preview's one learner. SCORM 1.2 asks for "Last, First". */
export const LEARNER = { id: 'preview-learner', name: 'Learner, Preview' };
