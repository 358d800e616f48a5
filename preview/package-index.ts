/**
 * The package index the preview server reads from each unzipped package's imsmanifest.xml and serves at
 * /api/packages: the LMS page's only source of what a package holds. Shared by the server and the page.
 */

import type { ScormVersion } from '../src/scorm/lms-adapter.ts';

export type { ScormVersion };

export interface PreviewIndex {
  /** ISO time of the build the packages come from. */
  builtAt: string;
  packages: PreviewPackage[];
}

export interface PreviewPackage {
  /** The zip's name without '.zip': 'imh-00-introduction-scorm12'. Also the learner-data key. */
  name: string;
  /** The default organization's title. */
  title: string;
  version: ScormVersion;
  /** Where the unzipped package is served, with a trailing slash: '/packages/imh-course-scorm2004/'. */
  baseUrl: string;
  /** Launchable items in manifest order. */
  scos: PreviewSco[];
  /** SCORM 2004: the organization as a sequencing activity tree for scorm-again. */
  activityTree?: ActivityNode;
}

export interface PreviewSco {
  /** The item's identifier: the activity id in sequencing. */
  id: string;
  title: string;
  /** Relative to the package root, with the item's parameters: 'introduction/index.html'. */
  href: string;
  /** SCORM 1.2 adlcp:masteryscore (0–100): the LMS gives it to the SCO as cmi.student_data.mastery_score. */
  masteryScore?: number;
  /** SCORM 2004 primary objective's minNormalizedMeasure when satisfied by measure: cmi.scaled_passing_score. */
  minNormalizedMeasure?: number;
  /** SCORM 2004 adlcp:completionThreshold minProgressMeasure: cmi.completion_threshold. */
  completionThreshold?: number;
  /** SCORM 2004 objective ids declared for the item, primary first. */
  objectiveIds: string[];
}

/**
 * The subset of scorm-again's ActivitySettings that the preview reads from a manifest, with plain string values
 * (scorm-again types its vocabularies as enums, which JSON cannot carry).
 */
export interface ActivityNode {
  id: string;
  title: string;
  isVisible?: boolean;
  children?: ActivityNode[];
  attemptLimit?: number;
  sequencingControls?: {
    choice?: boolean;
    choiceExit?: boolean;
    flow?: boolean;
    forwardOnly?: boolean;
    useCurrentAttemptObjectiveInfo?: boolean;
    useCurrentAttemptProgressInfo?: boolean;
    rollupObjectiveSatisfied?: boolean;
    rollupProgressCompletion?: boolean;
    objectiveMeasureWeight?: number;
  };
  deliveryControls?: { tracked?: boolean; completionSetByContent?: boolean; objectiveSetByContent?: boolean };
  primaryObjective?: ActivityObjective;
  objectives?: ActivityObjective[];
  rollupRules?: { rules: RollupRule[] };
}

export interface ActivityObjective {
  objectiveID: string;
  satisfiedByMeasure?: boolean;
  minNormalizedMeasure?: number;
}

export interface RollupRule {
  action: string;
  consideration?: string;
  minimumCount?: number;
  minimumPercent?: number;
  conditionCombination?: string;
  conditions: { condition: string; operator?: string }[];
}
