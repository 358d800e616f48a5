/**
 * Meaning-level values ⇄ CMI element values, for either version, driven by the table in `data-model.ts`.
 * Writes come out as ordered [element, value] lists: ids first, then the fields that depend on them.
 */
import type { DataModel, LmsStatus } from './data-model.ts';
import type {
  InteractionReport,
  InteractionType,
  LaunchMode,
  ObjectiveReport,
  ObjectiveStatus,
  ScoreReport,
} from './lms-adapter.ts';
import { clamp, formatDecimal, toIdentifier, toSingleLineText } from './cmi-values.ts';

export type CmiWrite = readonly [element: string, value: string];

/** What the LMS holds at launch, read once after Initialize. */
export interface LmsSnapshot {
  entry: string;
  location: string;
  suspendData: string;
  learnerId: string;
  learnerName: string;
  credit: boolean;
  mode: LaunchMode;
  status: LmsStatus;
  /** Ids of `cmi.objectives.n`, by index, so reports update the same objective. */
  objectiveIds: string[];
  /** What each objective holds (by id), so nothing the LMS holds is written back to a lower state. */
  objectives: HeldObjective[];
  /** The module's raw score (0–100), undefined when none is held. */
  scoreRaw: number | undefined;
  interactionCount: number;
  /** Launch reads that failed (the call threw or reported an error): the snapshot may not be what the LMS holds. */
  failedReads: number;
}

export interface HeldObjective {
  id: string;
  status: ObjectiveStatus;
  scorePercent: number | undefined;
}

/**
 * @param get reads an element the record depends on (a failure there means the record is unknown)
 * @param optional reads an element whose failure only makes that value unknown (name, interaction count)
 */
export function readSnapshot(
  model: DataModel,
  get: (element: string) => string,
  optional: (element: string) => string = get,
  failedReads: () => number = () => 0,
): LmsSnapshot {
  const { element } = model;
  const objectiveCount = readCount(get(`${element.objectives}._count`));
  const mode = get(element.mode);
  const objectives = Array.from({ length: objectiveCount }, (_, n): HeldObjective => {
    const at = `${element.objectives}.${n}`;
    return {
      id: get(`${at}.id`),
      status: model.objective.readStatus(get, at),
      scorePercent: readScore(get(`${at}.score.raw`)),
    };
  });
  const snapshot = {
    entry: get(element.entry),
    location: get(element.location),
    suspendData: get(element.suspendData),
    learnerId: get(element.learnerId),
    learnerName: optional(element.learnerName),
    // An LMS that leaves credit or mode empty has not said "no credit".
    credit: get(element.credit) !== 'no-credit' && mode !== 'browse' && mode !== 'review',
    mode: launchMode(mode, get(element.credit)),
    status: model.status.read(get),
    objectiveIds: objectives.map((objective) => objective.id),
    objectives,
    scoreRaw: readScore(get(`${element.score}.raw`)),
    interactionCount: readCount(optional(`${element.interactions}._count`)),
  };
  return { ...snapshot, failedReads: failedReads() };
}

function readScore(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const score = Number(value);
  return Number.isFinite(score) ? score : undefined;
}

/** review and browse come from the mode; a normal launch without credit is no-credit. */
function launchMode(mode: string, credit: string): LaunchMode {
  if (mode === 'review' || mode === 'browse') return mode;
  return credit === 'no-credit' ? 'no-credit' : 'normal';
}

function readCount(value: string): number {
  const count = Number.parseInt(value, 10);
  return Number.isFinite(count) && count > 0 ? count : 0;
}

export function objectiveId(model: DataModel, id: string): string {
  return toIdentifier(id, model.limit.identifier, 'objective');
}

export function interactionId(model: DataModel, id: string): string {
  return toIdentifier(id, model.limit.identifier, 'interaction');
}

/** raw/min/max on the 0–100 scale (1.2's range for all three) and, in 2004, scaled = raw / 100. */
export function scoreWrites(model: DataModel, prefix: string, score: ScoreReport): CmiWrite[] {
  const raw = clamp(score.raw, 0, 100);
  const writes: CmiWrite[] = [
    [`${prefix}.raw`, formatDecimal(raw, 2)],
    [`${prefix}.min`, formatDecimal(clamp(score.min, 0, 100), 2)],
    [`${prefix}.max`, formatDecimal(clamp(score.max, 0, 100), 2)],
  ];
  if (model.scaledScore) writes.push([`${prefix}.scaled`, formatDecimal(clamp(raw / 100, -1, 1))]);
  return writes;
}

export function objectiveWrites(model: DataModel, index: number, objective: ObjectiveReport): CmiWrite[] {
  const at = `${model.element.objectives}.${index}`;
  const writes: CmiWrite[] = [
    [`${at}.id`, objectiveId(model, objective.id)],
    ...scoreWrites(model, `${at}.score`, { raw: objective.scorePercent, min: 0, max: 100 }),
  ];
  for (const [field, value] of model.objective.status(objective.status)) {
    if (value !== undefined) writes.push([`${at}.${field}`, value]);
  }
  const description = toSingleLineText(objective.description ?? '', model.limit.description);
  if (model.objective.description !== undefined && description !== '') {
    writes.push([`${at}.${model.objective.description}`, description]);
  }
  return writes;
}

export function interactionWrites(
  model: DataModel,
  index: number,
  interaction: InteractionReport,
): CmiWrite[] {
  const fields = model.interaction;
  const at = `${model.element.interactions}.${index}`;
  const writes: CmiWrite[] = [
    [`${at}.id`, interactionId(model, interaction.id)],
    [`${at}.type`, interaction.type],
  ];
  const description = toSingleLineText(interaction.description, model.limit.interactionDescription);
  if (fields.description !== undefined && description !== '') {
    writes.push([`${at}.${fields.description}`, description]);
  }
  const objectiveIds = [...new Set(interaction.objectiveIds.map((id) => objectiveId(model, id)))];
  objectiveIds.forEach((id, k) => writes.push([`${at}.objectives.${k}.id`, id]));
  if (!Number.isNaN(interaction.timestamp.getTime())) {
    writes.push([`${at}.${fields.time}`, fields.formatTime(interaction.timestamp)]);
  }
  const correct = formatResponse(model, interaction.type, interaction.correctResponse);
  if (correct !== '') writes.push([`${at}.correct_responses.0.pattern`, correct]);
  writes.push([`${at}.weighting`, formatDecimal(clamp(interaction.weighting, -100, 100))]);
  // An empty 2004 choice response fails validation; an unanswered question simply has none.
  const learner = formatResponse(model, interaction.type, interaction.learnerResponse);
  if (learner !== '') writes.push([`${at}.${fields.learnerResponse}`, learner]);
  writes.push([`${at}.result`, interaction.correct ? fields.result.correct : fields.result.wrong]);
  writes.push([`${at}.latency`, model.formatDuration(interaction.latencyMs)]);
  return writes;
}

/** Option ids joined for the version; true-false accepts t/f, true/false or 1/0 from the course. */
export function formatResponse(
  model: DataModel,
  type: InteractionType,
  responses: readonly string[],
): string {
  const { separator, trueFalse } = model.interaction;
  if (type === 'true-false') {
    const first = responses[0];
    if (first === undefined) return '';
    return /^(t|true|1)$/i.test(first.trim()) ? trueFalse.true : trueFalse.false;
  }
  // 2004 rejects a choice response that names the same option twice; order matters only for sequencing.
  const ids = type === 'choice' ? [...new Set(responses)] : responses;
  return ids.join(separator);
}

/** exit and session time, sent once at the end of the session. */
export function sessionEndWrites(model: DataModel, completed: boolean, sessionMs: number): CmiWrite[] {
  return [
    [model.element.exit, completed ? model.exit.normal : model.exit.suspend],
    [model.element.sessionTime, model.formatDuration(sessionMs)],
  ];
}
