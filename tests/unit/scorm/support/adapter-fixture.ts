/** A ScormAdapter wired to a recording LMS, in-memory storage, a hand-driven scheduler and a fake clock. */
import { readJson, type KeyValueStore } from '../../../../src/scorm/local-store.ts';
import type { SaveState } from '../../../../src/scorm/lms-adapter.ts';
import { ScormAdapter, type ScormAdapterOptions } from '../../../../src/scorm/scorm-adapter.ts';
import { manualScheduler } from './manual-scheduler.ts';
import { TEST_LEARNER_ID, type RecordingLms } from './recording-api.ts';
import { learnerKeyed } from '../../../../src/scorm/save-mirror.ts';
import { dataModels } from '../../../../src/scorm/data-model.ts';

export const MIRROR_KEY = 'imh-scorm:mirror:test-course';

export function adapterFor(
  lms: RecordingLms,
  options: Partial<ScormAdapterOptions> & { storage?: KeyValueStore } = {},
) {
  const storage = options.storage ?? deviceStore();
  const scheduler = manualScheduler();
  const events: SaveState[] = [];
  let clock = 1_000_000;
  const adapter = new ScormAdapter({
    model: dataModels[lms.version],
    api: lms.api,
    mirrorKey: MIRROR_KEY,
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
      (
        readJson(storage, learnerKeyed(MIRROR_KEY, TEST_LEARNER_ID)) as
          { progress?: Record<string, unknown> } | undefined
      )?.progress,
  };
}

/** A store that stands for the browser's localStorage: it keeps data beyond the page (unlike memoryStore()). */
export function deviceStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** Reads a dotted path such as `cmi.core.lesson_status` from committed CMI JSON. */
export function valueAt(cmi: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], cmi);
}
