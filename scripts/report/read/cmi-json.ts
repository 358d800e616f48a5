/**
 * The preview LMS's "Export CMI JSON" file: `{package, version, exportedAt, live, stored}`, where `stored.scos`
 * holds each SCO's CMI as the LMS saved it (interactions and objectives as objects keyed "0", "1", …). Element
 * names of both SCORM versions come from the course's own data-model table.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { dataModels, type DataModel } from '../../../src/scorm/data-model.ts';
import type { CourseIndex, CourseModule } from '../course/course-index.ts';
import { InputError } from '../errors.ts';
import type { AttemptRecord, ExportSource, Learner, LmsStatus, RecordSink } from './attempt-record.ts';
import { readResponse, readResult, splitInteractionId, type RecordedAnswer } from './recorded-answer.ts';
import { parseDuration, parseNumber } from './text-values.ts';

const cmiObject = z.record(z.string(), z.unknown());

const cmiExportSchema = z.looseObject({
  package: z.string(),
  version: z.enum(['1.2', '2004']),
  exportedAt: z.string().optional(),
  live: cmiObject.nullish(),
  stored: z
    .looseObject({
      scos: z.record(
        z.string(),
        z.looseObject({ attempt: z.number().optional(), cmi: cmiObject, savedAt: z.string().optional() }),
      ),
    })
    .nullish(),
});

type CmiExport = z.infer<typeof cmiExportSchema>;

/** The preview fixes the learner's identity, so only the file name tells two of its learners apart. */
const PREVIEW_LEARNER_ID = 'preview-learner';

/** A single learner's CMI is small (SCORM caps it); a larger file is not one. */
const MAX_BYTES = 20 * 1024 * 1024;

export async function readCmiJson(
  file: string,
  course: CourseIndex,
  sink: RecordSink,
): Promise<ExportSource> {
  if ((await stat(file)).size > MAX_BYTES)
    throw new InputError(file, 'is too large to be a CMI JSON export of one learner');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const parsed = cmiExportSchema.safeParse(json);
  if (!parsed.success)
    throw new InputError(
      file,
      'is JSON but not a CMI export from the preview LMS (expected "package", "version" and "stored" or "live")',
    );
  const data = parsed.data;
  const model = dataModels[data.version];
  const scos = scosOf(data, course, file);
  const source: ExportSource = {
    file,
    format: 'cmi-json',
    scormVersion: data.version,
    modules: [...new Set(scos.map((s) => s.module.slug))],
    rows: scos.length,
    answers: 0,
    activityKey: `cmi#${data.package}`,
    notices: [],
  };
  for (const sco of scos) {
    const record = readSco(model, sco, file, data);
    source.answers += record.answers?.length ?? 0;
    sink(record, source);
  }
  return source;
}

interface ScoCmi {
  module: CourseModule;
  attempt: number | undefined;
  cmi: Record<string, unknown>;
  savedAt: string | undefined;
}

/** Each SCO's stored CMI (a course package has one per module), or the live CMI when nothing was stored. */
function scosOf(data: CmiExport, course: CourseIndex, file: string): ScoCmi[] {
  const packageModule = course.modules.find((m) =>
    new RegExp(`^${m.packageStem}-scorm(12|2004)$`).test(data.package),
  );
  const stored = Object.entries(data.stored?.scos ?? {});
  const scos: ScoCmi[] = stored.flatMap(([scoId, sco]) => {
    const module =
      course.module(scoId.replace(/^item-/, '')) ?? (stored.length === 1 ? packageModule : undefined);
    return module ? [{ module, attempt: sco.attempt, cmi: sco.cmi, savedAt: sco.savedAt }] : [];
  });
  if (scos.length === 0 && data.live && packageModule)
    scos.push({ module: packageModule, attempt: undefined, cmi: data.live, savedAt: data.exportedAt });
  if (scos.length === 0)
    throw new InputError(
      file,
      `is not an export of this course: package "${data.package}" is none of the modules of "${course.title}" ` +
        `(packages ${course.modules.map((m) => `${m.packageStem}-scorm12/-scorm2004`).join(', ')})`,
    );
  return scos;
}

/** What sits at an element name such as "cmi.core.score.raw" (or a name relative to a collection entry). */
function elementValue(cmi: Record<string, unknown>, name: string): unknown {
  let at: unknown = cmi;
  for (const key of name.replace(/^cmi\./, '').split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** An element's value as GetValue would give it: "" when absent. */
function element(cmi: Record<string, unknown>, name: string): string {
  const value = elementValue(cmi, name);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Collections the preview stores as objects keyed "0", "1", … (arrays are read too), in index order. */
function collection(value: unknown): Record<string, unknown>[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([key, item]) => /^\d+$/.test(key) && item !== null && typeof item === 'object')
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([, item]) => item as Record<string, unknown>);
}

function readSco(model: DataModel, sco: ScoCmi, file: string, data: CmiExport): AttemptRecord {
  const get = (name: string) => element(sco.cmi, name);
  const status = model.status.read(get);
  const lmsStatus: LmsStatus =
    status.passed === true
      ? 'passed'
      : status.passed === false
        ? 'failed'
        : status.completed
          ? 'completed'
          : status.started
            ? 'incomplete'
            : 'not attempted';
  const savedAt = sco.savedAt ? Date.parse(sco.savedAt) : NaN;
  const answers = collection(elementValue(sco.cmi, model.element.interactions)).map((interaction) =>
    readInteraction(model, interaction),
  );
  return {
    learner: learnerOf(get(model.element.learnerId), get(model.element.learnerName), file),
    module: sco.module.slug,
    lmsAttempt: sco.attempt ?? 1,
    startedAt: undefined,
    lastAccessedAt: Number.isNaN(savedAt) ? undefined : savedAt,
    score: parseNumber(get(`${model.element.score}.raw`)),
    status: lmsStatus,
    location: get(model.element.location) || undefined,
    totalTimeMs: parseDuration(get(data.version === '1.2' ? 'cmi.core.total_time' : 'cmi.total_time')),
    answers,
  };
}

function readInteraction(model: DataModel, interaction: Record<string, unknown>): RecordedAnswer {
  const get = (name: string) => element(interaction, name);
  const { questionId, questionVersion, tryNumber } = splitInteractionId(get('id'));
  const pattern = collection(elementValue(interaction, 'correct_responses'))[0];
  return {
    questionId,
    ...(questionVersion === undefined ? {} : { questionVersion }),
    tryNumber,
    response: readResponse(get(model.interaction.learnerResponse)),
    correctResponse: pattern ? readResponse(element(pattern, 'pattern')) : undefined,
    result: readResult(get('result')),
    latencyMs: parseDuration(get('latency')),
    objectiveIds: collection(elementValue(interaction, 'objectives'))
      .map((o) => element(o, 'id'))
      .filter((id) => id !== ''),
    weighting: parseNumber(get('weighting')),
  };
}

function learnerOf(id: string, name: string, file: string): Learner {
  if (id === '' || id === PREVIEW_LEARNER_ID) {
    const label = path.basename(file).replace(/(?:[.-]cmi)?\.json$/i, '');
    return { key: `preview:${label}`, name: `Preview learner (${label})` };
  }
  return { key: id, name: name || id };
}
