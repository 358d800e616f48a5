/**
 * Chooses the adapter for this launch: the LMS's API if discovery finds one, standalone otherwise. The standalone
 * adapter is its own small script (player/standalone.js, src/standalone.ts), fetched only when there is no LMS,
 * so no learner in an LMS downloads it with the cover.
 */
import { loadClassicScript } from '../player/classic-script.ts';
import type { DataModel } from './data-model.ts';
import { findApi, type FrameWindow } from './discovery.ts';
import type { LmsAdapter } from './lms-adapter.ts';
import { browserStore } from './local-store.ts';
import { ScormAdapter } from './scorm-adapter.ts';
import type { StandaloneAdapter } from './standalone-adapter.ts';
import { standaloneGlobal } from './standalone-global.ts';

export type StandaloneAdapterClass = typeof StandaloneAdapter;

export interface CreateAdapterOptions {
  /** The SCORM version's table (data-model.ts). */
  model: DataModel;
  /** One per course package and version, e.g. `<moduleId>-<version>`: names this course's local storage. */
  courseKey: string;
  /** Where discovery starts and whose localStorage is used; defaults to the global window. */
  window?: FrameWindow & { readonly localStorage: Storage };
  /** Where the standalone adapter comes from when there is no LMS; defaults to fetching player/standalone.js. */
  loadStandalone?: () => Promise<StandaloneAdapterClass>;
}

/** The LMS's adapter, or undefined when discovery finds no API. */
export function lmsAdapter({
  model,
  courseKey,
  window = globalThis.window,
}: CreateAdapterOptions): ScormAdapter | undefined {
  const api = window ? findApi(window, model) : undefined;
  if (!api) return undefined;
  return new ScormAdapter({
    model,
    api,
    mirrorKey: `imh-scorm:mirror:${courseKey}`,
    storage: browserStore(window),
    relocateApi: () => findApi(window, model),
  });
}

export async function createAdapter(options: CreateAdapterOptions): Promise<LmsAdapter> {
  const lms = lmsAdapter(options);
  if (lms) return lms;
  const Standalone = await (options.loadStandalone ?? loadStandaloneAdapter)();
  const window = options.window ?? globalThis.window;
  return new Standalone({
    storageKey: `imh-scorm:progress:${options.courseKey}`,
    storage: browserStore(window),
  });
}

async function loadStandaloneAdapter(): Promise<StandaloneAdapterClass> {
  await loadClassicScript('../player/standalone.js');
  const loaded = (globalThis as Record<string, unknown>)[standaloneGlobal];
  if (typeof loaded !== 'function') throw new Error('player/standalone.js loaded but held no adapter');
  return loaded as StandaloneAdapterClass;
}
