/**
 * Reads `modules/` from disk into typed, schema-checked content. Node only (build time).
 * Every problem found is collected and thrown together as a ContentError naming file and line.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  competencyMapSchema,
  courseSchema,
  glossarySchema,
  moduleSchema,
  pageFrontMatterSchema,
  questionBankSchema,
  referencesSchema,
  type CompetencyMap,
  type Course,
  type Glossary,
  type ModuleMeta,
  type PageFrontMatter,
  type Question,
  type References,
} from './schema.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import type { ModuleImage } from './images.ts';
import { scenarioSchema, type Scenario } from './scenario.ts';
import type { z } from 'zod';

export interface Located<T> {
  value: T;
  source: YamlSource;
}

export interface LoadedPage {
  file: string;
  frontMatter: PageFrontMatter;
  source: YamlSource;
  body: string;
  /** file line of the first body line */
  bodyLine: number;
}

export interface LoadedModule {
  /** folder name, e.g. "02-mentalization" */
  slug: string;
  number: number;
  meta: Located<ModuleMeta>;
  pages: LoadedPage[];
  questions: Located<Question[]>;
  /** the SVG files in the module's images folder, by name */
  images: ModuleImage[];
  /** the module's branching scenarios (scenarios/*.yaml) */
  scenarios: Located<Scenario>[];
}

export interface LoadedCourse {
  root: string;
  /** the folder the files in problems (and in `file` fields) are relative to */
  cwd: string;
  course: Located<Course>;
  competencies: Located<CompetencyMap>;
  glossary: Located<Glossary>;
  references: Located<References>;
  support: { file: string; text: string };
  modules: LoadedModule[];
}

const moduleFolder = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Loads and schema-checks every content file under `modulesDir`. Paths in problems are relative to `cwd`. */
export function loadCourse(modulesDir: string, cwd = process.cwd()): LoadedCourse {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => path.relative(cwd, file) || file;

  function readYaml<S extends z.ZodType>(file: string, schema: S): Located<z.infer<S>> | undefined {
    if (!existsSync(file)) {
      problems.push({ file: rel(file), line: 1, message: 'file is missing' });
      return undefined;
    }
    const parsed = parseYaml(rel(file), readText(file), schema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return { value: parsed.value, source: parsed.source };
  }

  const course = readYaml(path.join(modulesDir, 'course.yaml'), courseSchema);
  const competencies = readYaml(path.join(modulesDir, 'competencies.yaml'), competencyMapSchema);
  const glossary = readYaml(path.join(modulesDir, 'glossary.yaml'), glossarySchema);
  const references = readYaml(path.join(modulesDir, 'references.yaml'), referencesSchema);
  const supportFile = path.join(modulesDir, 'support.md');
  const support = {
    file: rel(supportFile),
    text: existsSync(supportFile) ? readText(supportFile) : '',
  };
  if (support.text.trim() === '')
    problems.push({ file: support.file, line: 1, message: 'support text is missing' });

  /** Every scenarios/*.yaml of a module, each schema-checked. */
  const loadScenarios = (dir: string): Located<Scenario>[] =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.yaml'))
          .sort()
          .flatMap((name) => {
            const scenario = readYaml(path.join(dir, name), scenarioSchema);
            return scenario ? [scenario] : [];
          })
      : [];

  const modules: LoadedModule[] = [];
  const folders = readdirSync(modulesDir)
    .filter((name) => statSync(path.join(modulesDir, name)).isDirectory() && !name.startsWith('.'))
    .sort();
  for (const slug of folders) {
    const dir = path.join(modulesDir, slug);
    const match = moduleFolder.exec(slug);
    if (!match) {
      problems.push({
        file: rel(dir),
        line: 1,
        message: 'module folders are named NN-slug, e.g. "02-mentalization"',
      });
      continue;
    }
    const sameNumber = folders.find((other) => other < slug && other.slice(0, 3) === `${match[1]}-`);
    if (sameNumber)
      problems.push({
        file: rel(path.join(dir, 'module.yaml')),
        line: 1,
        message: `module folders ${sameNumber} and ${slug} share the number ${match[1]}: each module needs its own number`,
      });
    const meta = readYaml(path.join(dir, 'module.yaml'), moduleSchema);
    const bank = readYaml(path.join(dir, 'questions.yaml'), questionBankSchema);
    const pages = loadPages(path.join(dir, 'pages'), rel, problems);
    if (meta && bank) {
      modules.push({
        slug,
        number: Number(match[1]),
        meta,
        pages,
        questions: { value: bank.value.questions, source: bank.source },
        images: loadImages(path.join(dir, 'images'), rel, problems),
        scenarios: loadScenarios(path.join(dir, 'scenarios')),
      });
    }
  }
  if (folders.length === 0)
    problems.push({ file: rel(modulesDir), line: 1, message: 'no module folders found' });

  if (problems.length > 0 || !course || !competencies || !glossary || !references)
    throw new ContentError(problems);
  return { root: modulesDir, cwd, course, competencies, glossary, references, support, modules };
}

/** The module's drawings: every file in images/ must be an .svg (other files there would never be shipped). */
function loadImages(dir: string, rel: (f: string) => string, problems: ContentProblem[]): ModuleImage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name);
      if (!name.endsWith('.svg') || !statSync(file).isFile()) {
        problems.push({
          file: rel(file),
          line: 1,
          message: 'the images folder holds SVG drawings only (name.svg): convert this file or move it out',
        });
        return [];
      }
      return [{ ref: `images/${name}`, file: rel(file), data: readFileSync(file) }];
    });
}

/** A content file's text; a byte-order mark (which some Windows editors add) is not part of it. */
function readText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

function loadPages(dir: string, rel: (f: string) => string, problems: ContentProblem[]): LoadedPage[] {
  if (!existsSync(dir)) {
    problems.push({ file: rel(dir), line: 1, message: 'pages folder is missing' });
    return [];
  }
  const pages: LoadedPage[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const file = rel(path.join(dir, name));
    const text = readText(path.join(dir, name)).replace(/\r\n/g, '\n');
    const fm = /^---\n([\s\S]*?)\n---\n?/.exec(text);
    if (!fm) {
      problems.push({ file, line: 1, message: 'page must start with YAML front matter between "---" lines' });
      continue;
    }
    const parsed = parseYaml(file, fm[1]!, pageFrontMatterSchema, 2);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const bodyLine = fm[0].split('\n').length - (fm[0].endsWith('\n') ? 1 : 0) + 1;
    pages.push({
      file,
      frontMatter: parsed.value,
      source: parsed.source,
      body: text.slice(fm[0].length),
      bodyLine,
    });
  }
  return pages;
}
