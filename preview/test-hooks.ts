import type { ApiCall } from './api-session.ts';
import type { CmiJson } from './learner-store.ts';
import type { ScormVersion } from './package-index.ts';

/**
 * `window.previewLms`: what end-to-end tests read from the LMS page. Stable: tests/e2e/support/lms.ts documents it
 * and wraps it; change both together.
 */
export interface PreviewLmsHooks {
  /** The open package's SCORM version; null on the package list. */
  readonly version: ScormVersion | null;
  /** The open package's name ('imh-00-introduction-scorm12'); null on the package list. */
  readonly packageName: string | null;
  /** The item identifier of the SCO launched last; null before a launch. */
  readonly scoId: string | null;
  /** The CMI data the API holds now, as plain JSON without the 'cmi.' root; null before a launch. */
  cmi(): CmiJson | null;
  /** Every API call since the page opened (or reset()), oldest first: a copy. */
  readonly calls: ApiCall[];
  /** The error code GetLastError would return now (0 before a launch). */
  readonly lastError: number;
  /** Clears this package's stored learner data and the call log. A running SCO keeps running. */
  reset(): void;
}

declare global {
  interface Window {
    previewLms?: PreviewLmsHooks;
  }
}

export function installTestHooks(hooks: PreviewLmsHooks): void {
  Object.defineProperty(window, 'previewLms', { value: hooks, configurable: true });
}
