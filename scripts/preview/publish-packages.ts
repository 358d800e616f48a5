import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PreviewIndex } from '../../preview/package-index.ts';
import { parseManifest } from './manifest-reader.ts';
import { stagingFolder, swapInFolder } from './swap-folder.ts';
import { extractZip } from './unzip.ts';

/** URL path under which the unzipped packages are served. */
export const PACKAGES_URL = '/packages/';

/**
 * Unzips every zip in `zipDir` into `<packagesDir>/<zip name without .zip>/` and reads their manifests. The zips
 * are unpacked into a staging folder first and swapped in at the end, so a failure leaves the last good packages
 * being served.
 */
export async function publishPackages(zipDir: string, packagesDir: string): Promise<PreviewIndex> {
  const zips = (await readdir(zipDir).catch(() => [])).filter((file) => file.endsWith('.zip')).sort();
  if (zips.length === 0) throw new Error(`no SCORM zips in ${zipDir}: run npm run build`);
  const staging = stagingFolder(packagesDir);
  await rm(staging, { recursive: true, force: true });
  try {
    const packages = [];
    for (const zip of zips) {
      const name = zip.slice(0, -'.zip'.length);
      const folder = path.join(staging, name);
      await extractZip(path.join(zipDir, zip), folder);
      const manifest = await readFile(path.join(folder, 'imsmanifest.xml'), 'utf8').catch(() => {
        throw new Error(`${zip} has no imsmanifest.xml at its root`);
      });
      packages.push(parseManifest(manifest, name, `${PACKAGES_URL}${encodeURIComponent(name)}/`));
    }
    await swapInFolder(staging, packagesDir);
    return { builtAt: new Date().toISOString(), packages };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
