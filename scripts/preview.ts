/**
 * npm start — a preview LMS on http://127.0.0.1:4173 (PORT overrides): builds the SCORM zips, unzips them, and
 * serves a page that runs each package with scorm-again as the LMS API, showing the CMI data and API calls.
 * Watches modules/ and rebuilds on change, reloading open pages; a failed rebuild keeps the last good packages.
 *
 *   --no-build   serve what dist/packages holds    --no-watch   no rebuild on change
 *   --packages=<dir>   serve the zips in another folder (no build, no watch)
 */
import { watch } from 'chokidar';
import path from 'node:path';
import type { PreviewIndex } from '../preview/package-index.ts';
import { bundleLmsPage, runPackageBuild } from './preview/build-steps.ts';
import { LiveReload } from './preview/live-reload.ts';
import { parsePreviewOptions, type PreviewOptions } from './preview/options.ts';
import { publishPackages } from './preview/publish-packages.ts';
import { RebuildScheduler } from './preview/rebuild-scheduler.ts';
import { createPreviewServer, listen, previewPaths } from './preview/server.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`\npreview: ${message}`);
  process.exit(1);
}

function describe(index: PreviewIndex): string {
  return `${index.packages.length} package(s): ${index.packages.map((pkg) => pkg.name).join(', ')}`;
}

async function start(options: PreviewOptions): Promise<void> {
  const paths = previewPaths(projectRoot, options.zipDir);
  if (options.build && !(await runPackageBuild(projectRoot))) fail('npm run build failed (see above)');
  await bundleLmsPage(paths.pageSource, paths.pageDir);
  let index = await publishPackages(paths.zipDir, paths.packagesDir).catch((error: Error) =>
    fail(error.message),
  );
  console.log(`preview: ${describe(index)}`);

  const liveReload = new LiveReload();
  const server = createPreviewServer({
    pageDir: paths.pageDir,
    packagesDir: paths.packagesDir,
    index: () => index,
    liveReload,
  });
  const url = await listen(server, options.host, options.port).catch((error: Error) =>
    fail(`cannot listen on ${options.host}:${options.port}: ${error.message}`),
  );
  console.log(`preview: LMS running at ${url}`);

  const closers: (() => Promise<unknown> | void)[] = [() => liveReload.close(), () => server.close()];
  if (options.watch) {
    const scheduler = new RebuildScheduler(async () => {
      console.log('\npreview: modules/ changed, rebuilding…');
      if (!(await runPackageBuild(projectRoot))) {
        console.error('preview: build failed (see above); still serving the last good build');
        liveReload.send('build-failed', 'The build failed: see the terminal. Showing the last good build.');
        return;
      }
      try {
        index = await publishPackages(paths.zipDir, paths.packagesDir);
      } catch (error) {
        console.error(`preview: ${(error as Error).message}; still serving the last good build`);
        return;
      }
      console.log(`preview: rebuilt ${describe(index)}; reloading ${liveReload.clientCount} page(s)`);
      liveReload.send('reload');
    });
    const watcher = watch(paths.modulesDir, {
      ignoreInitial: true,
      // Editors' swap files and the build's lock file are not content.
      ignored: (file) => path.basename(file).startsWith('.') || file.endsWith('~'),
    });
    watcher.on('all', () => scheduler.schedule());
    closers.unshift(
      () => scheduler.cancel(),
      () => watcher.close(),
    );
    console.log('preview: watching modules/ for changes');
  }

  const stop = () => {
    void Promise.all(closers.map((close) => close())).finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

try {
  await start(parsePreviewOptions(process.argv.slice(2), process.env));
} catch (error) {
  fail((error as Error).stack ?? String(error));
}
