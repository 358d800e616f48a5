/**
 * Private reflections: kept in this browser only and never sent to the LMS, because managers can read LMS
 * reports and reflections may touch on personal matters.
 */
const key = (moduleId: string) => `imh-scorm:reflections:${moduleId}`;

export type Reflections = Record<string, string>;

export function loadReflections(
  moduleId: string,
  storage: Storage | undefined = globalThis.localStorage,
): Reflections {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key(moduleId)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Reflections) : {};
  } catch {
    return {};
  }
}

export function saveReflection(
  moduleId: string,
  activityId: string,
  text: string,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    const all = loadReflections(moduleId, storage);
    all[activityId] = text;
    storage?.setItem(key(moduleId), JSON.stringify(all));
    return storage !== undefined;
  } catch {
    return false; // storage full or blocked: the text stays on screen, and the component says it was not kept
  }
}
