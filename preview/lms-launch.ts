import type { CmiJson, ScoRecord } from './learner-store.ts';
import type { PreviewSco, ScormVersion } from './package-index.ts';
import { LEARNER } from './version-traits.ts';

/** How the LMS launches the SCO; review and browse keep the stored data, whatever the last exit. */
export type LaunchMode = 'normal' | 'review' | 'browse' | 'no-credit';
export const isLaunchMode = (value: string): value is LaunchMode =>
  ['normal', 'review', 'browse', 'no-credit'].includes(value);

export interface Launch {
  attempt: number;
  entry: 'ab-initio' | 'resume' | '';
  /** To load into the API before the SCO initializes (scorm-again's loadFromJSON). */
  cmi: CmiJson;
}

function objectAt(json: CmiJson, key: string): CmiJson {
  const value = json[key];
  return typeof value === 'object' && value !== null ? (value as CmiJson) : {};
}

/**
 * The data an LMS gives a SCO at launch, from what it stored for the SCO's last session.
 *
 * SCORM 1.2, as Moodle does it (mod/scorm/datamodels/scorm_12.php): no data yet → entry "ab-initio"; last exit
 * "suspend" → "resume"; any other exit → entry "" in the same attempt, all data kept (Moodle starts a new attempt
 * only when its "force new attempt" setting says so, which this preview does not model).
 *
 * SCORM 2004, as the run-time spec says: last exit "suspend" (or the deprecated "logout") → "resume" with the
 * attempt's data; any other exit ends the attempt, so the next launch is a new attempt, "ab-initio", empty.
 */
export function launchData(
  version: ScormVersion,
  sco: PreviewSco,
  previous: ScoRecord | undefined,
  mode: LaunchMode = 'normal',
): Launch {
  const launch = version === '1.2' ? launch12(sco, previous) : launch2004(sco, previous, mode);
  if (mode === 'normal') return launch;
  // review/browse: the SCO is shown with credit off; no-credit: a normal run whose result does not count.
  const credit = 'no-credit';
  const lmsMode = mode === 'no-credit' ? 'normal' : mode;
  if (version === '1.2') {
    const core = objectAt(launch.cmi, 'core');
    return { ...launch, cmi: { ...launch.cmi, core: { ...core, credit, lesson_mode: lmsMode } } };
  }
  return { ...launch, cmi: { ...launch.cmi, credit, mode: lmsMode } };
}

function launch12(sco: PreviewSco, previous: ScoRecord | undefined): Launch {
  const stored = structuredClone(previous?.cmi ?? {});
  const storedCore = objectAt(stored, 'core');
  const entry = !previous ? 'ab-initio' : storedCore.exit === 'suspend' ? 'resume' : '';
  const { session_time: _sessionTime, ...core } = storedCore;
  const cmi: CmiJson = {
    ...stored,
    core: {
      ...core,
      student_id: LEARNER.id,
      student_name: LEARNER.name,
      credit: 'credit',
      lesson_mode: 'normal',
      entry,
      exit: '',
    },
    student_data: {
      ...objectAt(stored, 'student_data'),
      mastery_score: sco.masteryScore === undefined ? '' : String(sco.masteryScore),
    },
  };
  return { attempt: previous?.attempt ?? 1, entry, cmi };
}

function launch2004(sco: PreviewSco, previous: ScoRecord | undefined, mode: LaunchMode): Launch {
  // A review shows the finished attempt (as Moodle does), so its data is loaded whatever the last exit was.
  const review = mode === 'review' || mode === 'browse';
  const resume =
    previous !== undefined && (review || ['suspend', 'logout'].includes(String(previous.cmi.exit ?? '')));
  const { session_time: _sessionTime, ...stored } = resume ? structuredClone(previous.cmi) : {};
  const entry = resume ? 'resume' : 'ab-initio';
  const cmi: CmiJson = {
    ...stored,
    learner_id: LEARNER.id,
    learner_name: LEARNER.name,
    credit: 'credit',
    mode: 'normal',
    entry,
    exit: '',
  };
  if (sco.minNormalizedMeasure !== undefined) cmi.scaled_passing_score = String(sco.minNormalizedMeasure);
  if (sco.completionThreshold !== undefined) cmi.completion_threshold = String(sco.completionThreshold);
  const attempt = previous === undefined ? 1 : resume ? previous.attempt : previous.attempt + 1;
  return { attempt, entry, cmi };
}
