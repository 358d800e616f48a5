import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { checkPackagingInput, checkScoFiles } from './check-input.ts';
import { writeDeterministicZip } from './deterministic-zip.ts';
import { renderManifest } from './manifest.ts';
import { coursePackage, modulePackage, packageFiles, type ScormPackage, type Sco } from './scorm-package.ts';
import { scormVersions } from './scorm-versions.ts';
import type { Packaging, PackagingInput } from './packaging-types.ts';
import { loadTemplates, type RenderManifestPart } from './templates.ts';

export type { ScormVersion } from './scorm-versions.ts';

export type { PackageFile, PackagedModule, Packaging, PackagingInput } from './packaging-types.ts';

/**
 * Writes, for each SCORM version, one zip per module (`<module id>-scorm12.zip`, `-scorm2004.zip`) and one for
 * the whole course (`<course id>-course-scorm12.zip`, `-scorm2004.zip`). The zips are byte-identical from build
 * to build for the same input. Returns the paths written. On failure outDir is left empty (absent).
 */
export async function writePackages(input: PackagingInput): Promise<string[]> {
  // outDir holds this build's zips or none: they are written beside it and moved in only when all succeed.
  await rm(input.outDir, { recursive: true, force: true });
  checkPackagingInput(input);
  const staging = `${input.outDir}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const written = await writeAll({ ...input, outDir: staging });
    await rename(staging, input.outDir);
    return written.map((zip) => path.join(input.outDir, path.basename(zip)));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function writeAll(input: PackagingInput): Promise<string[]> {
  // Every SCO's files are checked before anything is written, in a fixed order, so the first problem reported
  // is always the same one (the versions are then written in parallel).
  for (const version of scormVersions)
    for (const packaging of ['module', 'course'] as const)
      for (const module of input.modules) checkScoFiles(module, version, packaging);
  const written = await Promise.all(
    scormVersions.map(async (version) => {
      const render = await loadTemplates(version);
      const scos = (packaging: Packaging): Sco[] =>
        input.modules.map((module) => ({ module, files: checkScoFiles(module, version, packaging) }));
      const packages = [
        ...scos('module').map((sco) => modulePackage(input, version, sco)),
        coursePackage(input, version, scos('course')),
      ];
      return Promise.all(packages.map((scormPackage) => writePackage(input.outDir, scormPackage, render)));
    }),
  );
  return written.flat();
}

async function writePackage(outDir: string, scormPackage: ScormPackage, render: RenderManifestPart) {
  const zipPath = path.join(outDir, `${scormPackage.name}.zip`);
  await writeDeterministicZip(zipPath, packageFiles(scormPackage, renderManifest(scormPackage, render)));
  return zipPath;
}
