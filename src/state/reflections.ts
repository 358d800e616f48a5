/**
 * Private reflections: kept in this browser only and never sent to the LMS, because managers can read LMS
 * reports and reflections may touch on personal matters. Storage comes from the one storage module, which never
 * throws: where the browser blocks site data, reflections live in memory and the learner is told they are not kept.
 */
import { browserStore, isPersistent, readJson, writeJson, type KeyValueStore } from '../scorm/local-store.ts';

const key = (moduleId: string) => `imh-scorm:reflections:${moduleId}`;

export type Reflections = Record<string, string>;

let pageStore: KeyValueStore | undefined;
/** The page's store, found once: probing storage on every keystroke would be wasteful. */
const defaultStore = () => (pageStore ??= browserStore(globalThis.window));

export function loadReflections(moduleId: string, storage: KeyValueStore = defaultStore()): Reflections {
  const parsed = readJson(storage, key(moduleId));
  return parsed && typeof parsed === 'object' ? (parsed as Reflections) : {};
}

/** Returns whether the text is kept beyond this page (false where storage is blocked or full). */
export function saveReflection(
  moduleId: string,
  activityId: string,
  text: string,
  storage: KeyValueStore = defaultStore(),
): boolean {
  const all = loadReflections(moduleId, storage);
  all[activityId] = text;
  return writeJson(storage, key(moduleId), all) && isPersistent(storage);
}
