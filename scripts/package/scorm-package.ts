import type { PackageFile, PackagedModule, PackagingInput } from './packaging-types.ts';
import { SCORM_VERSIONS, type ScormVersion } from './scorm-versions.ts';

/** A module as one SCO: its files for this version, relative to its folder `<slug>/`. */
export interface Sco {
  module: PackagedModule;
  files: PackageFile[];
}

/** One zip: its manifest's identity and metadata, the SCOs it organises and the files they share. */
export interface ScormPackage {
  version: ScormVersion;
  /** Stable across builds and course versions: 'imh-00-introduction' or 'imh-course'. */
  id: string;
  /** `${id}-scorm12`: the manifest identifier and the zip's name. */
  name: string;
  metadata: { title: string; description: string; keywords: string[]; version: string; language: string };
  scos: Sco[];
  sharedFiles: PackageFile[];
}

export function modulePackage(input: PackagingInput, version: ScormVersion, sco: Sco): ScormPackage {
  const { id, title, description, keywords } = sco.module;
  const { version: courseVersion, language } = input.course;
  const metadata = { title, description, keywords, version: courseVersion, language };
  return scormPackage(version, id, metadata, [sco], input.sharedFiles);
}

export function coursePackage(input: PackagingInput, version: ScormVersion, scos: Sco[]): ScormPackage {
  const { id, ...metadata } = input.course;
  return scormPackage(version, `${id}-course`, metadata, scos, input.sharedFiles);
}

function scormPackage(
  version: ScormVersion,
  id: string,
  metadata: ScormPackage['metadata'],
  scos: Sco[],
  sharedFiles: PackageFile[],
): ScormPackage {
  return { version, id, name: `${id}-${SCORM_VERSIONS[version].label}`, metadata, scos, sharedFiles };
}

/** Where a SCO file sits in the package. */
export function scoFilePath(sco: Sco, file: PackageFile): string {
  return `${sco.module.slug}/${file.path}`;
}

/** Everything the zip holds: the manifest, the shared files and each SCO's folder. */
export function packageFiles(scormPackage: ScormPackage, manifest: string): PackageFile[] {
  return [
    { path: 'imsmanifest.xml', data: Buffer.from(manifest, 'utf8') },
    ...scormPackage.sharedFiles,
    ...scormPackage.scos.flatMap((sco) =>
      sco.files.map((file) => ({ path: scoFilePath(sco, file), data: file.data })),
    ),
  ];
}
