/**
 * Private reflections: kept in this browser only and never sent to the LMS, because managers can read LMS
 * reports and reflections may touch on personal matters. Storage comes from the one storage module, which never
 * throws: where the browser blocks site data, reflections live in memory and the learner is told they are not kept.
 */
import {
  browserStore,
  isPersistent,
  memoryStore,
  readJson,
  writeJson,
  type KeyValueStore,
} from '../scorm/local-store.ts';

const key = (scope: string) => `imh-scorm:reflections:${scope}`;

/**
 * Whose reflections: one module, one learner. On a shared computer learner B never sees (or prints) learner A's
 * text, so reflections are kept per learner; when the learner is unknown (the LMS could not be reached) they are
 * kept for this page only (''), never under a key another learner could open.
 */
export function reflectionScope(moduleId: string, learnerKey: string | undefined): string {
  return learnerKey ? `${moduleId}:${learnerKey}` : '';
}

/** The page's own store for reflections of an unknown learner. */
const pageOnly = memoryStore();

export type Reflections = Record<string, string>;

let pageStore: KeyValueStore | undefined;
/** The page's store, found once: probing storage on every keystroke would be wasteful. */
const defaultStore = () => (pageStore ??= browserStore(globalThis.window));

export function loadReflections(scope: string, storage: KeyValueStore = defaultStore()): Reflections {
  const parsed = readJson(scope ? storage : pageOnly, key(scope));
  return parsed && typeof parsed === 'object' ? (parsed as Reflections) : {};
}

/** Returns whether the text is kept beyond this page (false where storage is blocked or full). */
export function saveReflection(
  scope: string,
  activityId: string,
  text: string,
  storage: KeyValueStore = defaultStore(),
): boolean {
  const store = scope ? storage : pageOnly;
  const all = loadReflections(scope, store);
  all[activityId] = text;
  return writeJson(store, key(scope), all) && isPersistent(store);
}
