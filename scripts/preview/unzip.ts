import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openPromise } from 'yauzl';
import { packagePathProblem } from '../package/package-paths.ts';

/**
 * Extracts every entry of `zipPath` into `destination` (created). Entry names must be package paths (relative,
 * '/' separated, no '.' or '..'), and each must resolve inside `destination`, so no entry can land outside it.
 */
export async function extractZip(zipPath: string, destination: string): Promise<void> {
  const root = path.resolve(destination);
  await mkdir(root, { recursive: true });
  const zip = await openPromise(zipPath, { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      const problem = packagePathProblem(entry.fileName.replace(/\/$/, ''));
      if (problem) throw new Error(`${path.basename(zipPath)}: entry "${entry.fileName}" ${problem}`);
      const target = path.resolve(root, entry.fileName);
      if (!target.startsWith(root + path.sep)) throw new Error(`${entry.fileName} resolves outside ${root}`);
      if (entry.fileName.endsWith('/')) {
        await mkdir(target, { recursive: true });
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target));
    }
  } finally {
    zip.close();
  }
}
