/**
 * Moodle's gradebook export (Grades › Export › Plain text file): one row per student, identity columns, one column
 * per exported grade item ("SCORM package: <activity name> (Real)") and "Last downloaded from this course".
 * Activity names are the teacher's own, so each is matched to a module by its number and words.
 */
import type { CourseIndex, CourseModule } from '../course/course-index.ts';
import { InputError } from '../errors.ts';
import type { ScormVersion } from './attempt-record.ts';
import { delimitedRecords, type Delimiter } from './delimited-text.ts';
import type { TextEncoding } from './file-kind.ts';
import { cutOff, versionFromFileName } from './moodle-scorm-report.ts';
import { textChunks } from './text-stream.ts';
import { decodeEntities, parseNumber } from './text-values.ts';

export interface GradebookActivity {
  /** The column header as exported. */
  column: string;
  /** The activity name inside it. */
  name: string;
  module: string | undefined;
  scormVersion: ScormVersion | undefined;
}

export interface GradebookExport {
  file: string;
  activities: GradebookActivity[];
  /** grades[i] belongs to activities[i]; undefined for "-" (no grade). */
  learners: { key: string; name: string; grades: (number | undefined)[] }[];
}

const gradeColumn = /^(?:(.+?):\s*)?(.+?)\s*\((Real|Percentage|Letter)\)$/i;

export function isGradebookHeader(header: readonly string[]): boolean {
  const names = header.map((h) => h.trim().toLowerCase());
  return names.includes('first name') && names.some((n) => n === 'last name' || n === 'surname');
}

export async function readGradebook(
  file: string,
  delimiter: Delimiter,
  encoding: TextEncoding,
  course: CourseIndex,
): Promise<GradebookExport> {
  let columns: { index: number; activity: GradebookActivity }[] | undefined;
  let at: { first: number; last: number; email: number } | undefined;
  const learners: GradebookExport['learners'] = [];
  const decimalComma = delimiter !== ',';
  let headerCells = 0;
  let line = 0;
  for await (const raw of delimitedRecords(textChunks(file, encoding), delimiter, file)) {
    line++;
    if (line === 1) headerCells = raw.length;
    else if (raw.length < headerCells) throw cutOff(file, line, raw.length, headerCells);
    const cells = raw.map((c) => decodeEntities(c).trim());
    if (!columns || !at) {
      const names = cells.map((c) => c.toLowerCase());
      at = {
        first: names.indexOf('first name'),
        last: names.findIndex((n) => n === 'last name' || n === 'surname'),
        email: names.indexOf('email address'),
      };
      columns = cells.flatMap((header, index) => {
        const m = gradeColumn.exec(header);
        if (!m || /^course total$/i.test(m[2]!)) return [];
        const module = matchModule(m[2]!, course);
        return [
          {
            index,
            activity: {
              column: header,
              name: m[2]!,
              module: module?.slug,
              scormVersion: versionFromFileName(m[2]!),
            },
          },
        ];
      });
      if (!columns.some((c) => c.activity.module))
        throw new InputError(
          file,
          'is not a gradebook export of this course: none of its grade columns ' +
            `(${columns.map((c) => `"${c.activity.name}"`).join(', ') || 'none'}) names a module of ` +
            `"${course.title}". Export the grades of the course's SCORM activities.`,
        );
      continue;
    }
    const name = [cells[at.first] ?? '', cells[at.last] ?? ''].join(' ').trim();
    const email = at.email >= 0 ? (cells[at.email] ?? '') : '';
    learners.push({
      key: email !== '' ? email.toLowerCase() : name,
      name,
      grades: columns.map((c) => parseNumber((cells[c.index] ?? '').replace(/\s*%$/, ''), decimalComma)),
    });
  }
  if (!columns) throw new InputError(file, 'is empty: it is not an LMS export');
  return { file, activities: columns.map((c) => c.activity), learners };
}

const minorWords = new Set(['and', 'the', 'in', 'of', 'a', 'to', 'on', 'for']);

/**
 * The module an activity name refers to: its title, or its number ("02") and the words of its folder name
 * ("mentalization"). None when no module scores, or two score the same.
 */
export function matchModule(activityName: string, course: CourseIndex): CourseModule | undefined {
  const exact = course.moduleByTitle(activityName);
  if (exact) return exact;
  const words = new Set(activityName.toLowerCase().split(/[^a-z0-9]+/));
  const scored = course.modules
    .map((module) => {
      const number = String(module.number).padStart(2, '0');
      const slugWords = module.slug
        .split('-')
        .slice(1)
        .filter((w) => !minorWords.has(w));
      const score = (words.has(number) ? 2 : 0) + slugWords.filter((w) => words.has(w)).length;
      return { module, score };
    })
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score === 0 || (next && next.score === best.score)) return undefined;
  return best.module;
}
