import type { PackageFile, PackagedModule, Packaging, PackagingInput } from './packaging-types.ts';
import { packagePathProblem } from './package-paths.ts';
import type { ScormVersion } from './scorm-versions.ts';

/** Becomes part of XML identifiers (xs:ID), so it must start with a letter. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** A folder name in the package, and part of identifiers after a prefix. */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Fails fast, with the module and field named, on input that would make an invalid or ambiguous package. */
export function checkPackagingInput({ course, modules, sharedFiles }: PackagingInput): void {
  ensure(IDENTIFIER.test(course.id), `course id "${course.id}" must match ${IDENTIFIER}`);
  ensure(course.version.trim() !== '', 'course version is empty');
  ensure(modules.length > 0, 'no modules to package');
  checkFileList('shared files', sharedFiles);
  ensure(
    !sharedFiles.some((file) => file.path === 'imsmanifest.xml'),
    'shared files include imsmanifest.xml',
  );
  for (const module of modules) checkModule(module);
  // The whole-course zip is named `${course.id}-course`: no module may take that name.
  checkUnique('module id', [...modules.map((module) => module.id), `${course.id}-course`], (id) => id);
  checkUnique('module slug', modules, (module) => module.slug);
  for (const { slug } of modules) {
    const clash = sharedFiles.find((file) => file.path.startsWith(`${slug}/`));
    ensure(!clash, `shared file ${clash?.path} is inside module ${slug}'s folder`);
  }
}

function checkModule(module: PackagedModule): void {
  const where = `module ${module.slug}`;
  ensure(SLUG.test(module.slug), `${where}: slug must match ${SLUG}`);
  ensure(IDENTIFIER.test(module.id), `${where}: id "${module.id}" must match ${IDENTIFIER}`);
  ensure(module.title.trim() !== '', `${where}: title is empty`);
  ensure(
    Number.isFinite(module.passMark) && module.passMark >= 0 && module.passMark <= 100,
    `${where}: passMark ${module.passMark} is not a percentage from 0 to 100`,
  );
  for (const { id } of module.competencies) {
    ensure(/^\S+$/.test(id), `${where}: competency id "${id}" is empty or contains spaces`);
  }
  checkUnique(`${where} competency id`, module.competencies, (competency) => competency.id);
}

/** The module's files for one version, checked: safe paths, no repeats, a launch file index.html. */
export function checkScoFiles(
  module: PackagedModule,
  version: ScormVersion,
  packaging: Packaging,
): PackageFile[] {
  const files = module.files(version, packaging);
  const where = `module ${module.slug} (SCORM ${version})`;
  checkFileList(where, files);
  ensure(
    files.some((file) => file.path === 'index.html'),
    `${where}: no launch file index.html`,
  );
  return files;
}

function checkFileList(where: string, files: PackageFile[]): void {
  for (const file of files) {
    const problem = packagePathProblem(file.path);
    ensure(problem === '', `${where}: file path "${file.path}" ${problem}`);
  }
  checkUnique(`${where} file path`, files, (file) => file.path);
}

function checkUnique<T>(what: string, items: readonly T[], key: (item: T) => string): void {
  const keys = items.map(key);
  const repeated = keys.find((value, index) => keys.indexOf(value) !== index);
  ensure(repeated === undefined, `${what} "${repeated}" appears more than once`);
}

function ensure(condition: boolean, problem: string): asserts condition {
  if (!condition) throw new Error(`Cannot package the course: ${problem}`);
}
