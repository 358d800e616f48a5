/** A ScormAdapter wired to a recording LMS, in-memory storage, a hand-driven scheduler and a fake clock. */
import { readJson, memoryStore, type KeyValueStore } from '../../../../src/scorm/local-store.ts';
import type { SaveState } from '../../../../src/scorm/lms-adapter.ts';
import { ScormAdapter, type ScormAdapterOptions } from '../../../../src/scorm/scorm-adapter.ts';
import { manualScheduler } from './manual-scheduler.ts';
import type { RecordingLms } from './recording-api.ts';

export const MIRROR_KEY = 'imh-scorm:mirror:test-course';
export const PLACE_KEY = 'imh-scorm:place:test-course';

export function adapterFor(
  lms: RecordingLms,
  options: Partial<ScormAdapterOptions> & { storage?: KeyValueStore } = {},
) {
  const storage = options.storage ?? memoryStore();
  const scheduler = manualScheduler();
  const events: SaveState[] = [];
  let clock = 1_000_000;
  const adapter = new ScormAdapter({
    version: lms.version,
    api: lms.api,
    mirrorKey: MIRROR_KEY,
    placeKey: PLACE_KEY,
    storage,
    scheduler,
    now: () => clock,
    ...options,
  });
  adapter.onSaveState((state) => events.push(state));
  return {
    adapter,
    storage,
    scheduler,
    events,
    /** Kinds of the save states reported so far. */
    eventKinds: () => events.map((state) => state.kind),
    advanceClock: (ms: number) => void (clock += ms),
    /** The unsaved progress the mirror holds, or undefined once everything is committed. */
    mirrored: () =>
      (readJson(storage, MIRROR_KEY) as { progress?: Record<string, unknown> } | undefined)?.progress,
  };
}

/** Reads a dotted path such as `cmi.core.lesson_status` from committed CMI JSON. */
export function valueAt(cmi: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], cmi);
}
