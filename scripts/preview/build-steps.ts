import { spawn } from 'node:child_process';
import { build } from 'vite';
import { stagingFolder, swapInFolder } from './swap-folder.ts';

/** Runs `npm run build` with its output in this terminal (content errors included); resolves true on exit 0. */
export function runPackageBuild(cwd: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], {
      cwd,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', (error) => {
      console.error(`preview: could not run npm run build: ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code) => resolve(code === 0));
  });
}

/**
 * Bundles the LMS page (preview/index.html, its TypeScript, CSS and scorm-again) into `outDir` with Vite, apart
 * from the project's vite.config.ts, which builds the course player.
 */
export async function bundleLmsPage(pageSource: string, outDir: string): Promise<void> {
  const staging = stagingFolder(outDir);
  await build({
    configFile: false,
    root: pageSource,
    base: '/',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: staging,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      reportCompressedSize: false,
      // scorm-again with sequencing is one large module; size does not matter on a local preview.
      chunkSizeWarningLimit: 2_000,
    },
  });
  await swapInFolder(staging, outDir);
}
