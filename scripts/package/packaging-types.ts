/**
 * What packaging takes and makes. The types live apart from index.ts (the entry point) so the modules that
 * index.ts imports can use them without importing it back.
 */
import type { ScormVersion } from '../../src/scorm/lms-adapter.ts';

export interface PackageFile {
  /** Relative to the package root (or, for a module's files, to its SCO folder), with '/' separators. */
  path: string;
  data: Buffer;
}

/** Whether a SCO ships in its own package or as one module of the whole-course package. */
export type Packaging = 'module' | 'course';

export interface PackagedModule {
  /** '00-introduction': also the SCO's folder in the package. */
  slug: string;
  /** 'imh-00-introduction': stable, used in identifiers and zip names. */
  id: string;
  title: string;
  description: string;
  keywords: string[];
  /** Percent, 0–100. */
  passMark: number;
  /** The competencies the module assesses (ids like 'D1.2'): SCORM 2004 objective ids. */
  competencies: { id: string; statement: string }[];
  /**
   * The SCO's own files for each version, e.g. [{ path: 'index.html', data }]: paths relative to the SCO folder.
   * `packaging` says whether the SCO ships alone or as one module of the whole course.
   */
  files: (version: ScormVersion, packaging: Packaging) => PackageFile[];
}

export interface PackagingInput {
  /** e.g. dist/packages: replaced as a whole by this build's zips */
  outDir: string;
  course: {
    id: string;
    title: string;
    version: string;
    description: string;
    keywords: string[];
    language: string;
  };
  /** Files every SCO shares (player/extras.js and .css), at these paths from the package root. */
  sharedFiles: PackageFile[];
  /** In course order. */
  modules: PackagedModule[];
}
