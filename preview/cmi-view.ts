import type { CmiJson } from './learner-store.ts';
import type { ScormVersion } from './package-index.ts';
import { SUSPEND_DATA_WARNING, VERSION_TRAITS } from './version-traits.ts';

export interface Field {
  label: string;
  value: string;
}

export interface ObjectiveRow {
  id: string;
  score: string;
  status: string;
}

export interface InteractionRow {
  id: string;
  type: string;
  learnerResponse: string;
  correctResponse: string;
  result: string;
  latency: string;
  objectives: string;
}

/** The CMI data the panel shows, read the same way for both versions. */
export interface CmiView {
  status: Field[];
  score: Field[];
  launch: Field[];
  time: Field[];
  location: string;
  suspendData: string;
  suspendDataLimit: number;
  /** Past the 4,096 characters Moodle enforces for SCORM 1.2 (and so the course's own budget for both). */
  suspendDataWarning: boolean;
  suspendDataOverLimit: boolean;
  objectives: ObjectiveRow[];
  interactions: InteractionRow[];
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function at(json: unknown, path: string): unknown {
  let value = json;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A scorm-again collection ({ "0": {…}, "1": {…} } or an array) in index order. */
function rows(collection: unknown): unknown[] {
  if (Array.isArray(collection)) return collection;
  if (typeof collection !== 'object' || collection === null) return [];
  return Object.entries(collection)
    .filter(([key]) => /^\d+$/.test(key))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, value]) => value);
}

const fields = (json: CmiJson, entries: [label: string, path: string][]): Field[] =>
  entries.map(([label, path]) => ({ label, value: text(at(json, path)) }));

function responsePatterns(interaction: unknown): string {
  return rows(at(interaction, 'correct_responses'))
    .map((response) => text(at(response, 'pattern')))
    .join(' | ');
}

export function cmiView(version: ScormVersion, cmi: CmiJson): CmiView {
  const is12 = version === '1.2';
  const suspendData = text(cmi.suspend_data);
  const suspendDataLimit = VERSION_TRAITS[version].suspendDataLimit;
  const objectiveStatus = (objective: unknown) =>
    is12
      ? text(at(objective, 'status'))
      : [at(objective, 'success_status'), at(objective, 'completion_status')].map(text).join(' / ');
  const objectiveScore = (objective: unknown) => {
    const raw = text(at(objective, 'score.raw'));
    const scaled = is12 ? '' : text(at(objective, 'score.scaled'));
    return scaled && raw ? `${scaled} (raw ${raw})` : scaled || raw;
  };
  return {
    status: is12
      ? fields(cmi, [['lesson_status', 'core.lesson_status']])
      : fields(cmi, [
          ['completion_status', 'completion_status'],
          ['success_status', 'success_status'],
          ['progress_measure', 'progress_measure'],
        ]),
    score: is12
      ? fields(cmi, [
          ['raw', 'core.score.raw'],
          ['min', 'core.score.min'],
          ['max', 'core.score.max'],
        ])
      : fields(cmi, [
          ['scaled', 'score.scaled'],
          ['raw', 'score.raw'],
          ['min', 'score.min'],
          ['max', 'score.max'],
        ]),
    launch: is12
      ? fields(cmi, [
          ['entry', 'core.entry'],
          ['exit', 'core.exit'],
          ['credit', 'core.credit'],
          ['mastery_score', 'student_data.mastery_score'],
          ['student_name', 'core.student_name'],
        ])
      : fields(cmi, [
          ['entry', 'entry'],
          ['exit', 'exit'],
          ['credit', 'credit'],
          ['scaled_passing_score', 'scaled_passing_score'],
          ['learner_name', 'learner_name'],
        ]),
    time: is12
      ? fields(cmi, [
          ['session_time', 'core.session_time'],
          ['total_time', 'core.total_time'],
        ])
      : fields(cmi, [
          ['session_time', 'session_time'],
          ['total_time', 'total_time'],
        ]),
    location: text(at(cmi, is12 ? 'core.lesson_location' : 'location')),
    suspendData,
    suspendDataLimit,
    suspendDataWarning: suspendData.length > SUSPEND_DATA_WARNING,
    suspendDataOverLimit: suspendData.length > suspendDataLimit,
    objectives: rows(cmi.objectives).map((objective) => ({
      id: text(at(objective, 'id')),
      score: objectiveScore(objective),
      status: objectiveStatus(objective),
    })),
    interactions: rows(cmi.interactions).map((interaction) => ({
      id: text(at(interaction, 'id')),
      type: text(at(interaction, 'type')),
      learnerResponse: text(at(interaction, is12 ? 'student_response' : 'learner_response')),
      correctResponse: responsePatterns(interaction),
      result: text(at(interaction, 'result')),
      latency: text(at(interaction, 'latency')),
      objectives: rows(at(interaction, 'objectives'))
        .map((objective) => text(at(objective, 'id')))
        .join(', '),
    })),
  };
}
