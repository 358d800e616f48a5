/**
 * The learner's progress as meaning-level values: what the LMS has not yet confirmed (the SCORM adapter's
 * mirror) or everything (the standalone adapter). Kept as meanings rather than CMI elements so it can be
 * replayed into a later session, where objective and interaction indices differ.
 */
import type { LearnerStatus } from './data-model.ts';
import type {
  InteractionReport,
  InteractionType,
  ObjectiveReport,
  ObjectiveStatus,
  ScoreReport,
} from './lms-adapter.ts';

export interface ProgressRecord {
  location?: string;
  suspendData?: string;
  progress?: number;
  status?: LearnerStatus;
  score?: ScoreReport;
  /** One per objective id, latest report wins. */
  objectives: ObjectiveReport[];
  interactions: InteractionReport[];
}

export const emptyProgress = (): ProgressRecord => ({ objectives: [], interactions: [] });

export function isEmptyProgress(record: ProgressRecord): boolean {
  return (
    record.location === undefined &&
    record.suspendData === undefined &&
    record.progress === undefined &&
    record.status === undefined &&
    record.score === undefined &&
    record.objectives.length === 0 &&
    record.interactions.length === 0
  );
}

/** Adds or replaces the report with the same id, keeping first-seen order. */
export function withObjective(objectives: ObjectiveReport[], objective: ObjectiveReport): ObjectiveReport[] {
  const index = objectives.findIndex((existing) => existing.id === objective.id);
  if (index === -1) return [...objectives, objective];
  return objectives.map((existing, i) => (i === index ? objective : existing));
}

/** The record after `part` was set: values replace, objectives merge by id, interactions append. */
export function mergeProgress(record: ProgressRecord, part: Partial<ProgressRecord>): ProgressRecord {
  const { objectives = [], interactions = [], ...values } = part;
  return {
    ...record,
    ...values,
    objectives: objectives.reduce(withObjective, record.objectives),
    interactions: [...record.interactions, ...interactions],
  };
}

// Parsing: local storage is outside our control (other versions, other tabs, hand edits), so validate it.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

const objectiveStatuses: readonly ObjectiveStatus[] = ['passed', 'failed', 'incomplete', 'not attempted'];
const interactionTypes: readonly InteractionType[] = ['choice', 'true-false', 'sequencing'];

export function parseStatus(value: unknown): LearnerStatus | undefined {
  if (!isObject(value) || !isBoolean(value.completed)) return undefined;
  return { completed: value.completed, passed: isBoolean(value.passed) ? value.passed : undefined };
}

function parseScore(value: unknown): ScoreReport | undefined {
  if (!isObject(value) || !isNumber(value.raw) || !isNumber(value.min) || !isNumber(value.max))
    return undefined;
  return { raw: value.raw, min: value.min, max: value.max };
}

function parseObjective(value: unknown): ObjectiveReport | undefined {
  if (!isObject(value) || !isString(value.id) || !isNumber(value.scorePercent)) return undefined;
  const status = objectiveStatuses.find((candidate) => candidate === value.status);
  if (status === undefined) return undefined;
  const description = isString(value.description) ? { description: value.description } : {};
  return { id: value.id, scorePercent: value.scorePercent, status, ...description };
}

function parseInteraction(value: unknown): InteractionReport | undefined {
  if (!isObject(value)) return undefined;
  const type = interactionTypes.find((candidate) => candidate === value.type);
  const { id, description, learnerResponse, correctResponse, correct, weighting, latencyMs, objectiveIds } =
    value;
  const timestamp = new Date(isString(value.timestamp) ? value.timestamp : Number.NaN);
  const valid =
    type !== undefined &&
    isString(id) &&
    isString(description) &&
    isStringArray(learnerResponse) &&
    isStringArray(correctResponse) &&
    isBoolean(correct) &&
    isNumber(weighting) &&
    isNumber(latencyMs) &&
    isStringArray(objectiveIds);
  if (!valid) return undefined;
  return {
    id,
    type,
    description,
    learnerResponse,
    correctResponse,
    correct,
    weighting,
    latencyMs,
    timestamp,
    objectiveIds,
  };
}

function parseList<T>(value: unknown, parseItem: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  return value.map(parseItem).filter((item): item is T => item !== undefined);
}

/** A record read back from JSON; unknown or malformed parts are dropped rather than trusted. */
export function parseProgress(value: unknown): ProgressRecord | undefined {
  if (!isObject(value)) return undefined;
  const record: ProgressRecord = {
    objectives: parseList(value.objectives, parseObjective),
    interactions: parseList(value.interactions, parseInteraction),
  };
  if (isString(value.location)) record.location = value.location;
  if (isString(value.suspendData)) record.suspendData = value.suspendData;
  if (isNumber(value.progress)) record.progress = value.progress;
  const status = parseStatus(value.status);
  if (status) record.status = status;
  const score = parseScore(value.score);
  if (score) record.score = score;
  return record;
}
