import type { ScormVersion } from '../../src/scorm/lms-adapter.ts';

export type { ScormVersion };

export const scormVersions: readonly ScormVersion[] = ['1.2', '2004'];

/** What differs between the two SCORM versions outside the templates, in one place. */
export const SCORM_VERSIONS: Record<ScormVersion, { label: string }> = {
  /** Used in zip names, manifest identifiers and as the template folder in dist-templates/. */
  '1.2': { label: 'scorm12' },
  '2004': { label: 'scorm2004' },
};
