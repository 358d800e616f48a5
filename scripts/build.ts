/**
 * npm run build — content → player → SCORM zips, as named steps that stop at the first failure (exit 1).
 *   1. load and check modules/ (file:line problems)
 *   2. build the player bundle with Vite (dist/player); it is inlined into every launch page
 *   3. compile each module: its launch page (outline) for each SCORM version and its content.js
 *   4. write the zips to dist/packages (deterministic; validated by the tests)
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import {
  ContentError,
  compileModule,
  formatProblem,
  loadCheckedCourse,
  moduleId,
  splitModule,
} from '../src/content/index.ts';
import { writePackages, type Packaging, type ScormVersion } from './package/index.ts';
import { inlinePlayer, scoContentScript, scoHtml } from './sco-html.ts';

const root = path.resolve(import.meta.dirname, '..');
/** `--out-dir DIR` builds somewhere other than dist/ (the reproducibility test builds twice side by side). */
const outDirFlag = process.argv.indexOf('--out-dir');
const distDir =
  outDirFlag > 0 ? path.resolve(process.argv[outDirFlag + 1] ?? 'dist') : path.join(root, 'dist');

async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`✓ ${name} (${Math.round(performance.now() - started)} ms)`);
  return result;
}

async function main(): Promise<void> {
  const started = performance.now();
  const { course } = await step('content checked', () => loadCheckedCourse(path.join(root, 'modules'), root));
  await step('player built', () =>
    viteBuild({
      configFile: path.join(root, 'vite.config.ts'),
      root,
      logLevel: 'warn',
      build: { outDir: path.join(distDir, 'player') },
    }),
  );
  const sharedFiles = [
    { path: 'player/player.css', data: await readFile(path.join(distDir, 'player', 'player.css')) },
  ];
  const player = inlinePlayer(await readFile(path.join(distDir, 'player', 'player.js'), 'utf8'));
  const info = course.course.value;
  const modules = await step('modules compiled', () =>
    course.modules.map((loaded) => {
      const compiled = compileModule(course, loaded);
      const { shell, content } = splitModule(compiled);
      const contentScript = Buffer.from(scoContentScript(content));
      return {
        slug: loaded.slug,
        id: moduleId(info.id, loaded.slug),
        title: compiled.title,
        description: loaded.meta.value.description,
        keywords: loaded.meta.value.keywords,
        passMark: compiled.quiz.passMark,
        competencies: compiled.competencies.map((c) => ({ id: c.id, statement: c.statement })),
        files: (version: ScormVersion, packaging: Packaging) => [
          { path: 'index.html', data: Buffer.from(scoHtml(shell, version, player, packaging === 'course')) },
          { path: 'content.js', data: contentScript },
        ],
      };
    }),
  );
  const outDir = path.join(distDir, 'packages');
  await rm(outDir, { recursive: true, force: true });
  const zips = await step('packages written', () =>
    writePackages({
      outDir,
      course: {
        id: info.id,
        title: info.title,
        version: info.version,
        description: info.description,
        keywords: info.keywords,
        language: info.language,
      },
      sharedFiles,
      modules,
    }),
  );
  for (const zip of zips) console.log(`  ${path.relative(root, zip)}`);
  console.log(`Built ${zips.length} packages in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: unknown) => {
  if (error instanceof ContentError) {
    console.error(`\nThe content has ${error.problems.length} problem(s):`);
    for (const p of error.problems) console.error(`  ${formatProblem(p)}`);
  } else console.error(error);
  process.exitCode = 1;
});
