/** Chooses the adapter for this launch: the LMS's API if discovery finds one, standalone otherwise. */
import type { DataModel } from './data-model.ts';
import type { LmsAdapter } from './lms-adapter.ts';
import { findApi, type FrameWindow } from './discovery.ts';
import { browserStore } from './local-store.ts';
import { ScormAdapter } from './scorm-adapter.ts';
import { StandaloneAdapter } from './standalone-adapter.ts';

export interface CreateAdapterOptions {
  /** The SCORM version's table (data-model.ts). */
  model: DataModel;
  /** One per course package and version, e.g. `<moduleId>-<version>`: names this course's local storage. */
  courseKey: string;
  /** Where discovery starts and whose localStorage is used; defaults to the global window. */
  window?: FrameWindow & { readonly localStorage: Storage };
}

export function createAdapter({
  model,
  courseKey,
  window = globalThis.window,
}: CreateAdapterOptions): LmsAdapter {
  const storage = browserStore(window);
  const api = window ? findApi(window, model) : undefined;
  if (!api) return new StandaloneAdapter({ storageKey: `imh-scorm:progress:${courseKey}`, storage });
  return new ScormAdapter({
    model,
    api,
    mirrorKey: `imh-scorm:mirror:${courseKey}`,
    storage,
    relocateApi: () => findApi(window, model),
  });
}
