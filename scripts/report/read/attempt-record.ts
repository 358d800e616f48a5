/**
 * The common shape every reader turns its rows into: what an LMS says about one learner's one attempt at one
 * module, and the file it came from.
 */
import type { RecordedAnswer } from './recorded-answer.ts';

import type { ScormVersion } from '../../../src/scorm/lms-adapter.ts';

export type { ScormVersion };

export interface Learner {
  /** Stable across files: the e-mail address where the export has one, else the LMS's learner id or name. */
  key: string;
  name: string;
}

export type LmsStatus =
  'not attempted' | 'incomplete' | 'completed' | 'passed' | 'failed' | 'browsed' | 'unknown';

export interface AttemptRecord {
  learner: Learner;
  /** Module folder name, e.g. "02-mentalization". */
  module: string;
  /** The LMS's attempt number; undefined when the learner has not attempted the activity. */
  lmsAttempt: number | undefined;
  /** Milliseconds on a zone-free clock (Moodle gives site-local minutes), for spans and ordering only. */
  startedAt: number | undefined;
  lastAccessedAt: number | undefined;
  /** 0–100 as the LMS holds it; undefined when it holds none. */
  score: number | undefined;
  status: LmsStatus;
  /** The page the learner was on (SCORM location); Moodle's downloads do not show it. */
  location: string | undefined;
  /** Total time the LMS counted (CMI total_time); Moodle's downloads do not show it. */
  totalTimeMs: number | undefined;
  /** Undefined when the export holds no answers at all (Moodle's Basic and Objectives reports, 2004 rows). */
  answers: RecordedAnswer[] | undefined;
}

export type ExportFormat = 'moodle-interactions' | 'moodle-objectives' | 'moodle-basic' | 'cmi-json';

export const formatNames: Readonly<Record<ExportFormat, string>> = {
  'moodle-interactions': 'Moodle SCORM Interactions report',
  'moodle-objectives': 'Moodle SCORM Objectives report',
  'moodle-basic': 'Moodle SCORM Basic report',
  'cmi-json': 'preview LMS CMI JSON',
};

/** One input file, described once it has been read. */
export interface ExportSource {
  file: string;
  format: ExportFormat;
  scormVersion: ScormVersion | undefined;
  modules: string[];
  rows: number;
  answers: number;
  /**
   * Files with the same key hold the same LMS attempts (Moodle's three reports of one activity): their rows are
   * counted once for completion.
   */
  activityKey: string;
  /** What a trainer should know about this file: what it lacks and why. */
  notices: string[];
}

/** Receives records as a reader produces them, so large files are never held whole. */
export type RecordSink = (record: AttemptRecord, source: ExportSource) => void;
