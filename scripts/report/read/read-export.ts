/** One input file of any kind the report reads, recognised by its content (never by its name) and read. */
import type { CourseIndex } from '../course/course-index.ts';
import { InputError } from '../errors.ts';
import type { ExportSource, RecordSink } from './attempt-record.ts';
import { readCmiJson } from './cmi-json.ts';
import { detectFileKind } from './file-kind.ts';
import { isGradebookHeader, readGradebook, type GradebookExport } from './gradebook.ts';
import { moodleReportLayout, readMoodleScormReport } from './moodle-scorm-report.ts';

export type ReadExport =
  { kind: 'attempts'; source: ExportSource } | { kind: 'gradebook'; gradebook: GradebookExport };

export async function readExport(file: string, course: CourseIndex, sink: RecordSink): Promise<ReadExport> {
  const kind = await detectFileKind(file);
  if (kind.kind === 'json') return { kind: 'attempts', source: await readCmiJson(file, course, sink) };
  const layout = moodleReportLayout(kind.header);
  if (layout)
    return {
      kind: 'attempts',
      source: await readMoodleScormReport(file, kind.delimiter, kind.encoding, layout, course, sink),
    };
  if (isGradebookHeader(kind.header))
    return { kind: 'gradebook', gradebook: await readGradebook(file, kind.delimiter, kind.encoding, course) };
  const shown = kind.header.slice(0, 4).join(' | ');
  throw new InputError(
    file,
    `is not an export the report can read. Its first line starts "${shown.slice(0, 120)}". Expected a Moodle ` +
      'SCORM report (Interactions, Objectives or Basic, "Download in text format"), a Moodle gradebook export ' +
      '(plain text file) or a preview LMS "Export CMI JSON" file. Note: the report reads Moodle in English.',
  );
}
