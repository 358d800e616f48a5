/**
 * The report's figures: what the JSON file holds and the HTML page shows. One type per section, plain data only.
 */
import type { CompetencyStatus } from '../../src/assessment/scoring.ts';
import type { QuestionType } from '../../src/content/schema.ts';
import type { ExportFormat, LmsStatus, ScormVersion } from './read/attempt-record.ts';
import type { ItemFlag } from './stats/item-judgement.ts';
import type { Reliability } from './stats/reliability.ts';

export interface CohortReport {
  /** ISO date and time the report was made. */
  generatedAt: string;
  course: { id: string; title: string; version: string };
  inputs: InputSummary[];
  warnings: string[];
  thresholds: {
    passMarkNote: string;
    achievedPercent: number;
    tooEasy: number;
    tooHard: number;
    nearZeroDiscrimination: number;
    minAnswersForFacility: number;
    minAnswersForDiscrimination: number;
  };
  modules: ModuleFigures[];
}

export interface InputSummary {
  file: string;
  format: ExportFormat | 'moodle-gradebook';
  formatName: string;
  scormVersion: ScormVersion | undefined;
  modules: string[];
  rows: number;
  answers: number;
  notices: string[];
}

export interface ModuleFigures {
  slug: string;
  title: string;
  passMark: number;
  competencies: { id: string; statement: string }[];
  completion: ActivityCompletion[];
  gradebook: GradebookFigures[];
  profile: CompetencyProfile;
  /** Test statistics of the knowledge check, from each learner's first finished try. */
  statistics: ModuleStatistics;
  /** Today's questions, with only the answers given to today's version of each; then ids the bank lacks. */
  items: ItemFigures[];
  /** Answers given to an earlier version of a question, one entry per version: shown apart, never judged. */
  changedItems: ItemFigures[];
}

export interface ActivityCompletion {
  label: string;
  files: string[];
  scormVersion: ScormVersion | undefined;
  /** Learners listed (including those who never opened the activity). */
  learners: number;
  notAttempted: number;
  attempted: number;
  passed: number;
  failed: number;
  /** Started but no pass or fail: left before the end, or still going. */
  unfinished: number;
  /** passed ÷ attempted; undefined when nobody attempted. */
  passRate: number | undefined;
  lmsAttempts: number;
  /** Knowledge-check tries per learner who answered any question; undefined when the export holds no answers. */
  tries:
    | { learners: number; median: number; max: number; histogram: { tries: number; learners: number }[] }
    | undefined;
  time: TimeFigures | undefined;
  dropOff: { place: string; learners: string[] }[];
  /** The score recomputed from the answers against the LMS's score, where both exist. */
  scoreCheck: { compared: number; matching: number; mismatches: string[] } | undefined;
}

export interface TimeFigures {
  /** "span": first entry to last access (Moodle, minute precision, spans all sessions); "total": CMI total_time. */
  kind: 'span' | 'total';
  learners: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface GradebookFigures {
  file: string;
  activity: string;
  scormVersion: ScormVersion | undefined;
  learners: number;
  graded: number;
  atOrAbovePassMark: number;
  meanGrade: number | undefined;
}

export type ProfileStatus = CompetencyStatus | 'not-assessed';

export interface CompetencyProfile {
  /** Learners with at least one finished knowledge-check try. */
  learners: number;
  /** Learners with answers but no finished try (left during the check). */
  unfinishedOnly: number;
  competencies: CompetencyCounts[];
  /** The first learners by name (MAX_LEARNER_ROWS, 500): all of them in any real cohort. */
  rows: LearnerProfile[];
  /** Learners profiled beyond those rows (counted above, not listed). */
  rowsLeftOut: number;
}

export interface CompetencyCounts {
  id: string;
  statement: string;
  first: StatusCounts;
  best: StatusCounts;
  /** Learners whose first-try verdict on it rests on fewer than three questions (one or two). */
  firstOnFewQuestions: number;
}

export interface ModuleStatistics {
  /** Cronbach's alpha / KR-20 and SEM; undefined with fewer than two finished first tries. */
  reliability: Reliability | undefined;
  /** First finished tries by score: from ≤ score < to, in bands of ten (the last band, 90–100, includes 100). */
  histogram: { from: number; to: number; learners: number }[];
}

export type StatusCounts = Record<ProfileStatus, number>;

export interface LearnerProfile {
  learner: string;
  name: string;
  finishedTries: number;
  firstPercent: number;
  bestPercent: number;
  firstPassed: boolean;
  bestPassed: boolean;
  /** By competency id, in the module's competency order. */
  competencies: {
    id: string;
    first: ProfileStatus;
    firstPercent?: number;
    best: ProfileStatus;
    bestPercent?: number;
    /** Questions on it in the first finished try. */
    firstQuestions?: number;
  }[];
}

export interface ItemFigures {
  id: string;
  /** False for an id in the export that the module's bank does not have. */
  inBank: boolean;
  type: QuestionType | undefined;
  competencies: string[];
  /** Today's text; undefined for an earlier version (what was asked then is not known to the report). */
  stem: string | undefined;
  vignette: string | undefined;
  version: ItemVersion;
  first: ItemScopeFigures;
  all: ItemScopeFigures;
  /** Correct pattern as the export recorded it (the most recent seen); undefined when not exported. */
  recordedKey: string[] | undefined;
  /** The bank's current key (in the ids the course reports today) when it differs from the recorded one. */
  bankKeyChanged: string[] | undefined;
  options: OptionFigures[];
  /** Most common whole responses (multiple-response and ordering items). */
  patterns: { response: string[]; correct: boolean | undefined; first: number; all: number }[];
  flags: ItemFlag[];
  tooFew: { facility: boolean; discrimination: boolean };
}

/**
 * Which version of the question the answers were given to. Today's: by how many answers (all tries) that was
 * recognised from the version hash in the interaction id, from a recorded key equal to today's (older exports:
 * the wording may have changed while the key did not), or not at all (the export shows no key). An earlier one:
 * its hash when the ids carry one, today's hash and today's stem for reference only.
 */
export type ItemVersion =
  | { current: true; recognisedBy: { hash: number; key: number; unverified: number } }
  | {
      current: false;
      hash: string | undefined;
      todaysHash: string | undefined;
      todaysStem: string | undefined;
    };

export interface ItemScopeFigures {
  answers: number;
  correct: number;
  facility: number | undefined;
  /** 95% Wilson score interval of the facility; undefined without answers. */
  facilityInterval: { low: number; high: number } | undefined;
  /** Point-biserial correlation of the item with the rest of the try. */
  discrimination: number | undefined;
  /** Moodle's discriminative efficiency: the covariance with the rest as a share of the largest possible (0–1). */
  discriminativeEfficiency: number | undefined;
  answersWithResponse: number;
  medianLatencyMs: number | undefined;
  latencyExact: boolean;
}

export interface OptionFigures {
  id: string;
  text: string | undefined;
  /** Marked correct in the recorded key. */
  recordedCorrect: boolean | undefined;
  first: number;
  all: number;
}

export type { LmsStatus };
