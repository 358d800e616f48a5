/**
 * npm run build — content → player → SCORM zips, as named steps that stop at the first failure (exit 1).
 *   1. load and check modules/ (file:line problems)
 *   2. build the player bundle with Vite (dist/player), once per SCORM version, each with only its own data model;
 *      it and its stylesheet are inlined into every launch page. Then the extras (player/extras.js and .css: the
 *      screens after the cover, loaded on Start, src/player/extras-loader.ts), shared files in every package
 *   3. compile each module: its launch page (outline) for each SCORM version and its content.js
 *   4. write the zips to dist/packages (deterministic; validated by the tests)
 * dist/packages is emptied first, so a build that fails leaves no zips behind from the one before.
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
import { inlinePlayer, scoContentScript, scoHtml, type InlinePlayer } from './sco-html.ts';

const root = path.resolve(import.meta.dirname, '..');
const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
/** `--out-dir DIR` builds somewhere other than dist/ (the reproducibility test builds twice side by side). */
const distDir = path.resolve(flag('--out-dir') ?? path.join(root, 'dist'));
/** `--modules DIR` builds other content than modules/ (the tests build fixture courses). */
const modulesDir = path.resolve(flag('--modules') ?? path.join(root, 'modules'));
const packagesDir = path.join(distDir, 'packages');
const scormVersions: readonly ScormVersion[] = ['1.2', '2004'];
/** The player bundle of one SCORM version, in dist/player: inlined into launch pages, never shipped as a file. */
const playerFile = (version: ScormVersion) => `player-scorm${version.replace('.', '')}.js`;

async function step<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`✓ ${name} (${Math.round(performance.now() - started)} ms)`);
  return result;
}

async function main(): Promise<void> {
  const started = performance.now();
  // Zips from an earlier build must not survive a failed one, looking like its output.
  await rm(packagesDir, { recursive: true, force: true });
  const { course } = await step('content checked', () => loadCheckedCourse(modulesDir, root));
  /** One Vite build of a bundle into dist/player, beside the others. */
  const bundle = (options: {
    input?: string;
    entry: string;
    assets?: string;
    first?: boolean;
    define?: object;
  }) =>
    viteBuild({
      configFile: path.join(root, 'vite.config.ts'),
      root,
      logLevel: 'warn',
      ...(options.define ? { define: options.define } : {}),
      build: {
        outDir: path.join(distDir, 'player'),
        emptyOutDir: options.first ?? false,
        rollupOptions: {
          ...(options.input ? { input: options.input } : {}),
          output: {
            format: 'iife',
            entryFileNames: options.entry,
            ...(options.assets ? { assetFileNames: options.assets } : {}),
          },
        },
      },
    });
  await step('player built', async () => {
    for (const version of scormVersions)
      await bundle({
        entry: playerFile(version),
        first: version === scormVersions[0],
        define: { 'import.meta.env.IMH_SCORM_VERSION': JSON.stringify(version) },
      });
  });
  await step('extras built', () =>
    bundle({ input: 'src/extras/main.ts', entry: 'extras.js', assets: 'extras[extname]' }),
  );
  const sharedFiles = await Promise.all(
    ['extras.js', 'extras.css'].map(async (name) => ({
      path: `player/${name}`,
      data: await readFile(path.join(distDir, 'player', name)),
    })),
  );
  const players = Object.fromEntries(
    await Promise.all(
      scormVersions.map(async (version) => [
        version,
        inlinePlayer(await readFile(path.join(distDir, 'player', playerFile(version)), 'utf8')),
      ]),
    ),
  ) as Record<ScormVersion, InlinePlayer>;
  const style = await readFile(path.join(distDir, 'player', 'player.css'), 'utf8');
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
          {
            path: 'index.html',
            data: Buffer.from(
              scoHtml({
                module: shell,
                version,
                player: players[version],
                style,
                inCourse: packaging === 'course',
              }),
            ),
          },
          { path: 'content.js', data: contentScript },
          ...loaded.images.map((image) => ({ path: image.ref, data: image.data })),
        ],
      };
    }),
  );
  const zips = await step('packages written', () =>
    writePackages({
      outDir: packagesDir,
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
