/**
 * Moodle 4.5's SCORM reports as downloaded in text format (tab-separated): Interactions, Objectives and Basic.
 * One row per learner and Moodle attempt; the column layout depends on the report and on the teacher's saved
 * preferences, so columns are found by their header, never by position. See tests/fixtures/lms-exports/README.md
 * for every quirk handled here.
 */
import type { CourseIndex, CourseModule } from '../course/course-index.ts';
import { InputError } from '../errors.ts';
import type { AttemptRecord, ExportSource, LmsStatus, RecordSink, ScormVersion } from './attempt-record.ts';
import { activityFingerprint } from './activity-fingerprint.ts';
import { delimitedRecords, type Delimiter } from './delimited-text.ts';
import type { TextEncoding } from './file-kind.ts';
import { readResponse, readResult, splitInteractionId, type RecordedAnswer } from './recorded-answer.ts';
import { textChunks } from './text-stream.ts';
import { decodeEntities, parseMoodleDate, parseNumber } from './text-values.ts';

interface InteractionColumns {
  question: number | undefined;
  response: number | undefined;
  right: number | undefined;
  result: number | undefined;
}

export interface MoodleReportLayout {
  format: 'moodle-interactions' | 'moodle-objectives' | 'moodle-basic';
  headerCells: number;
  name: number;
  email: number | undefined;
  attempt: number;
  started: number;
  lastAccessed: number;
  score: number;
  /** One column per SCO, headed by its title (one for a module package). */
  scos: { index: number; title: string }[];
  interactions: InteractionColumns[];
  objectives: { id: string; status: number | undefined; score: number | undefined }[];
}

const lower = (s: string) => s.trim().toLowerCase();

/** The layout of a Moodle SCORM report, or undefined when the header is not one. */
export function moodleReportLayout(header: readonly string[]): MoodleReportLayout | undefined {
  const at = (name: string) => {
    const i = header.findIndex((h) => lower(h) === name);
    return i < 0 ? undefined : i;
  };
  const attempt = at('attempt');
  const started = at('started on');
  const lastAccessed = at('last accessed on');
  const score = at('score');
  if (attempt === undefined || started === undefined || lastAccessed === undefined || score === undefined)
    return undefined;
  const interactionIndex = new Map<number, InteractionColumns>();
  const objectiveIndex = new Map<
    string,
    { id: string; status: number | undefined; score: number | undefined }
  >();
  let firstDetail = header.length;
  header.forEach((cell, i) => {
    if (i <= score) return;
    const item = /^(Question|Response|Right answer|Result) (\d+)$/i.exec(cell.trim());
    if (item) {
      const n = Number(item[2]);
      const columns = interactionIndex.get(n) ?? {
        question: undefined,
        response: undefined,
        right: undefined,
        result: undefined,
      };
      const part = lower(item[1]!);
      if (part === 'question') columns.question = i;
      else if (part === 'response') columns.response = i;
      else if (part === 'right answer') columns.right = i;
      else columns.result = i;
      interactionIndex.set(n, columns);
      firstDetail = Math.min(firstDetail, i);
      return;
    }
    const objective = /^(.+) (status|score)$/i.exec(cell.trim());
    if (objective) {
      const id = objective[1]!;
      const entry = objectiveIndex.get(id) ?? { id, status: undefined, score: undefined };
      if (lower(objective[2]!) === 'status') entry.status = i;
      else entry.score = i;
      objectiveIndex.set(id, entry);
      firstDetail = Math.min(firstDetail, i);
    }
  });
  const scos = header
    .map((title, index) => ({ index, title: decodeEntities(title.trim()) }))
    .filter(({ index }) => index > score && index < firstDetail);
  const email = at('email address');
  return {
    format:
      interactionIndex.size > 0
        ? 'moodle-interactions'
        : objectiveIndex.size > 0
          ? 'moodle-objectives'
          : 'moodle-basic',
    headerCells: header.length,
    name: at('name') ?? 0,
    email,
    attempt,
    started,
    lastAccessed,
    score,
    scos,
    interactions: [...interactionIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c),
    objectives: [...objectiveIndex.values()],
  };
}

/** Moodle's file names carry the activity name, e.g. "… (SCORM 1.2)-20261130_0346-tab_separated.txt". */
export function versionFromFileName(file: string): ScormVersion | undefined {
  const name = file.split(/[\\/]/).pop() ?? file;
  if (/scorm[ _-]?2004/i.test(name)) return '2004';
  if (/scorm[ _-]?1\.?2(?!\d)/i.test(name)) return '1.2';
  return undefined;
}

/** A SCO cell: "91.67/100" (Basic), "91.67" (Interactions, Objectives) or a status word. */
function readScoCell(
  cell: string,
  decimalComma: boolean,
): { score: number | undefined; status: LmsStatus | undefined } {
  const value = decodeEntities(cell).trim();
  const score = parseNumber(value.replace(/\/\s*100$/, ''), decimalComma);
  if (score !== undefined) return { score, status: undefined };
  const word = value.toLowerCase();
  const statuses: LmsStatus[] = ['not attempted', 'incomplete', 'completed', 'passed', 'failed', 'browsed'];
  return {
    score: undefined,
    status: statuses.find((s) => s === word) ?? (word === '' ? undefined : 'unknown'),
  };
}

export async function readMoodleScormReport(
  file: string,
  delimiter: Delimiter,
  encoding: TextEncoding,
  layout: MoodleReportLayout,
  course: CourseIndex,
  sink: RecordSink,
): Promise<ExportSource> {
  const titled = layout.scos.map((sco) => ({ ...sco, module: course.moduleByTitle(sco.title) }));
  const unmatched = titled.filter((s) => !s.module);
  // An activity title that is no module's title is another course, unless its answers are this course's questions.
  if (layout.format !== 'moodle-interactions' && (titled.length === 0 || unmatched.length > 0))
    throw notThisCourse(
      file,
      titled.map((s) => s.title),
      course,
    );
  const source: ExportSource = {
    file,
    format: layout.format,
    scormVersion: versionFromFileName(file),
    modules: [...new Set(titled.flatMap((s) => (s.module ? [s.module.slug] : [])))],
    rows: 0,
    answers: 0,
    activityKey: '',
    notices: [],
  };
  const fingerprint = activityFingerprint();
  let header = true;
  let finishedRows = 0;
  let objectiveCells = 0;
  let knownAnswers = 0;
  let unknownResults = 0;
  let line = 0;
  const decimalComma = delimiter !== ',';
  // Moodle's Objectives report leaves the objective cells off rows that have none; every other row is complete.
  const minCells =
    layout.format === 'moodle-objectives'
      ? Math.max(layout.score, ...layout.scos.map((s) => s.index)) + 1
      : layout.headerCells;
  for await (const raw of delimitedRecords(textChunks(file, encoding), delimiter, file)) {
    line++;
    if (header) {
      header = false;
      continue;
    }
    if (raw.length < minCells) throw cutOff(file, line, raw.length, layout.headerCells);
    const cell = (i: number | undefined) => (i === undefined ? '' : cleanCell(raw[i]));
    source.rows++;
    const email = cell(layout.email);
    const name = cell(layout.name);
    const learner = { key: email !== '' && email !== '-' ? email.toLowerCase() : name, name };
    const lmsAttempt = parseNumber(cell(layout.attempt), decimalComma);
    const score = parseNumber(cell(layout.score), decimalComma);
    const startedAt = parseMoodleDate(cell(layout.started));
    const lastAccessedAt = parseMoodleDate(cell(layout.lastAccessed));
    fingerprint.add([
      learner.key,
      cell(layout.attempt),
      cell(layout.started),
      cell(layout.lastAccessed),
      cell(layout.score),
    ]);
    if (lmsAttempt !== undefined)
      for (const o of layout.objectives) if (cell(o.status) !== '' || cell(o.score) !== '') objectiveCells++;
    const answers = layout.format === 'moodle-interactions' ? readAnswers(layout, cell) : undefined;
    source.answers += answers?.length ?? 0;
    for (const answer of answers ?? []) {
      if (answer.result === 'unknown') unknownResults++;
      if (course.question(answer.questionId)) knownAnswers++;
    }
    for (const sco of titled) {
      const module = sco.module ?? moduleOfAnswers(answers, course);
      if (!module) continue;
      if (!source.modules.includes(module.slug)) source.modules.push(module.slug);
      const scoCell = readScoCell(cell(sco.index), decimalComma);
      const moduleScore = titled.length > 1 ? scoCell.score : (scoCell.score ?? score);
      const status: LmsStatus =
        lmsAttempt === undefined
          ? 'not attempted'
          : (scoCell.status ?? (moduleScore === undefined ? 'unknown' : passedOrFailed(moduleScore, module)));
      if (status === 'passed' || status === 'failed') finishedRows++;
      const record: AttemptRecord = {
        learner,
        module: module.slug,
        lmsAttempt,
        startedAt,
        lastAccessedAt,
        score: status === 'not attempted' || status === 'incomplete' ? undefined : moduleScore,
        status,
        location: undefined,
        totalTimeMs: undefined,
        // A course package's report holds several SCOs: each answer goes with its question's module.
        answers:
          titled.length === 1
            ? answers
            : answers?.filter((a) => (course.question(a.questionId)?.module ?? module.slug) === module.slug),
      };
      sink(record, source);
    }
  }
  if (source.rows === 0 && header) throw new InputError(file, 'is empty: it is not an LMS export');
  if (source.modules.length === 0)
    throw notThisCourse(
      file,
      titled.map((s) => s.title),
      course,
    );
  source.activityKey = `${source.modules.join('+')}#${fingerprint.value()}`;
  addNotices(source, layout, { finishedRows, objectiveCells, knownAnswers, unknownResults });
  return source;
}

/** A cell as text: entities decoded, outer spaces gone (most cells have neither, and are returned as they are). */
function cleanCell(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '';
  const decoded = decodeEntities(raw);
  const last = decoded.charCodeAt(decoded.length - 1);
  return decoded.charCodeAt(0) <= 32 || last <= 32 ? decoded.trim() : decoded;
}

/** Moodle shows a score in place of the status; the course passes at its module's pass mark. */
const passedOrFailed = (score: number, module: CourseModule): LmsStatus =>
  score >= module.passMark - 1e-9 ? 'passed' : 'failed';

function readAnswers(layout: MoodleReportLayout, cell: (i: number | undefined) => string): RecordedAnswer[] {
  const answers: RecordedAnswer[] = [];
  for (const columns of layout.interactions) {
    const id = cell(columns.question);
    if (id === '') continue;
    const { questionId, questionVersion, tryNumber } = splitInteractionId(id);
    answers.push({
      questionId,
      ...(questionVersion === undefined ? {} : { questionVersion }),
      tryNumber,
      response: columns.response === undefined ? undefined : readResponse(cell(columns.response)),
      correctResponse: columns.right === undefined ? undefined : readResponse(cell(columns.right)),
      result: readResult(cell(columns.result)),
      latencyMs: undefined,
      objectiveIds: undefined,
      weighting: undefined,
    });
  }
  return answers;
}

/** The module most of a row's answers belong to, for an activity whose title is not a module's. */
function moduleOfAnswers(answers: readonly RecordedAnswer[] | undefined, course: CourseIndex) {
  const counts = new Map<string, number>();
  for (const a of answers ?? []) {
    const slug = course.question(a.questionId)?.module;
    if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? course.module(best[0]) : undefined;
}

/** A row shorter than its header: a download cut off (or a damaged file), never read as data. */
export function cutOff(file: string, line: number, cells: number, headerCells: number): InputError {
  return new InputError(
    file,
    `row ${line} has ${cells} cell${cells === 1 ? '' : 's'} where the header has ${headerCells}: the file is cut ` +
      'off (an interrupted download) or damaged, so it is not read. Download it again from Moodle ' +
      '("Download in text format") and run the report on the new file.',
  );
}

function notThisCourse(file: string, titles: readonly string[], course: CourseIndex): InputError {
  const shown = titles.length > 0 ? titles.map((t) => `"${t}"`).join(', ') : 'none';
  return new InputError(
    file,
    `is not an export of this course: its activity (${shown}) is none of the modules of "${course.title}" ` +
      `(${course.modules.map((m) => `"${m.title}"`).join(', ')}), and none of its answers is to a question ` +
      'of this course.',
  );
}

function addNotices(
  source: ExportSource,
  layout: MoodleReportLayout,
  seen: { finishedRows: number; objectiveCells: number; knownAnswers: number; unknownResults: number },
): void {
  const { notices } = source;
  if (layout.format === 'moodle-interactions') {
    const hasQuestion = layout.interactions.some((c) => c.question !== undefined);
    const hasResult = layout.interactions.some((c) => c.result !== undefined);
    if (!hasQuestion || !hasResult)
      notices.push(
        `The download has no ${hasQuestion ? '"Result"' : '"Question"'} columns, so its answers cannot be used. ` +
          'Moodle ignores the options in the download link and uses your saved preferences: open the ' +
          'Interactions report, tick Question, Response, Right answer and Result, press "Save preferences", ' +
          'then download again.',
      );
    else if (source.answers === 0 && seen.finishedRows > 0) {
      source.scormVersion = '2004';
      notices.push(
        `No answers, although ${seen.finishedRows} learner${seen.finishedRows === 1 ? '' : 's'} finished the ` +
          'knowledge check: this is what Moodle 4.5 gives for a SCORM 2004 package. Its Interactions report reads ' +
          'SCORM 1.2 element names (cmi.interactions_N.*) while SCORM 2004 stores cmi.interactions.N.*, so every ' +
          'item column is empty even though Moodle holds the answers. This file gives scores and times only; ' +
          'item analysis and competency profiles need the answers. Use the SCORM 1.2 packages in Moodle.',
      );
    } else if (source.answers > 0) source.scormVersion ??= '1.2';
    if (seen.unknownResults > 0)
      notices.push(
        `${seen.unknownResults} answers have no correct/wrong result and are left out of the figures.`,
      );
    if (source.answers > 0 && seen.knownAnswers === 0)
      notices.push('None of its question ids is a question of this course (see the warnings).');
  }
  if (layout.format === 'moodle-objectives') {
    if (layout.objectives.some((o) => o.id === 'pass-mark')) source.scormVersion ??= '2004';
    notices.push(
      seen.objectiveCells === 0
        ? "Every objective cell of an attempted row is empty: Moodle 4.5's Objectives report drops them for " +
            'SCORM 1.2 and 2004 alike (it files its results under a SCO id that does not exist). The competency ' +
            'profile is therefore computed from the Interactions report; this file gives scores and times only.'
        : "The competency profile is computed from the answers in the Interactions report, by the course's own " +
            'rule; the objective values in this file are not used.',
    );
  }
  if (layout.format === 'moodle-basic')
    notices.push('Scores, statuses and times only (the Basic report holds no answers).');
}
