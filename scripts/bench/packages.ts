/**
 * The built zips, unzipped to a folder of the bench's own (so a build started elsewhere meanwhile cannot change
 * them under a measurement), each with what its manifest says an LMS launches first.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ScormVersion } from '../package/index.ts';
import { parseManifest } from '../preview/manifest-reader.ts';
import { extractZip } from '../preview/unzip.ts';

export interface BenchPackage {
  /** The zip's name without '.zip', e.g. 'imh-00-introduction-scorm12'; also its folder below the served root. */
  name: string;
  /** A module package has one SCO; a course package several, of which the bench measures the first. */
  kind: 'module' | 'course';
  version: ScormVersion;
  zipBytes: number;
  /** The first SCO's launch path from the package root, e.g. '00-introduction/index.html'. */
  launch: string;
  /** The first SCO's folder: the module's slug. */
  slug: string;
}

export async function unzipPackages(zipDir: string, servedRoot: string): Promise<BenchPackage[]> {
  const zips = (await readdir(zipDir)).filter((file) => file.endsWith('.zip')).sort();
  if (zips.length === 0) throw new Error(`no packages in ${zipDir}`);
  return Promise.all(
    zips.map(async (file) => {
      const name = file.slice(0, -'.zip'.length);
      const zipPath = path.join(zipDir, file);
      const zipBytes = (await stat(zipPath)).size;
      const folder = path.join(servedRoot, name);
      await extractZip(zipPath, folder);
      const manifest = parseManifest(await readFile(path.join(folder, 'imsmanifest.xml'), 'utf8'), name, '');
      const launch = manifest.scos[0]!.href;
      return {
        name,
        kind: manifest.scos.length > 1 ? 'course' : 'module',
        version: manifest.version,
        zipBytes,
        launch,
        slug: launch.split('/')[0]!,
      } satisfies BenchPackage;
    }),
  );
}

/** The first SCO's path below the served root (the packages' parent folder). */
export const servedLaunchPath = (pkg: BenchPackage) => `${pkg.name}/${pkg.launch}`;

const gzipSizes = new Map<string, number>();

/** A served file's size gzipped as the server sends it (zlib's default level); files are read once. */
export async function gzipBytes(file: string): Promise<number> {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(await readFile(file)).length;
    gzipSizes.set(file, size);
  }
  return size;
}
