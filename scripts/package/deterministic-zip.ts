import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { ZipArchive } from 'archiver';
import type { PackageFile } from './packaging-types.ts';
import { comparePaths } from './package-paths.ts';

/** Every entry gets this date (stored as UTC), so a rebuild gives the same bytes. */
const ENTRY_DATE = new Date('2020-01-01T00:00:00Z');
const ENTRY_MODE = 0o644;
const COMPRESSION_LEVEL = 9;

/**
 * Writes `files` as a zip whose bytes depend only on the files: entries sorted by path, one fixed date and mode,
 * fixed compression, no directory entries. Writes a temporary file beside `zipPath` and renames it, so a failed
 * build never leaves a half-written zip under the real name.
 */
export async function writeDeterministicZip(zipPath: string, files: PackageFile[]): Promise<void> {
  const tempPath = `${zipPath}.${process.pid}.tmp`;
  try {
    await writeZip(
      tempPath,
      [...files].sort((a, b) => comparePaths(a.path, b.path)),
    );
    await rename(tempPath, zipPath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
}

function writeZip(zipPath: string, files: PackageFile[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const output = createWriteStream(zipPath);
    const archive = new ZipArchive({ zlib: { level: COMPRESSION_LEVEL } });
    // The zip is complete only when the file is closed, not when archiving ends.
    output.on('close', () => resolve());
    output.on('error', reject);
    archive.on('error', reject);
    archive.on('warning', reject);
    archive.pipe(output);
    for (const file of files) {
      archive.append(file.data, { name: file.path, date: ENTRY_DATE, mode: ENTRY_MODE });
    }
    archive.finalize().catch(reject);
  });
}
