/**
 * Browser storage that never throws: localStorage when the page may use it, otherwise memory. A sandboxed LMS
 * frame throws on `window.localStorage`, private modes throw on write, and a full store throws on quota.
 */

/** The part of `Storage` the adapters use; tests pass a Map-backed one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Memory stores are marked, so callers can tell the learner that nothing outlives the page. */
const inMemory = new WeakSet<KeyValueStore>();

export function isPersistent(store: KeyValueStore): boolean {
  return !inMemory.has(store);
}

export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  const store: KeyValueStore = {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
  inMemory.add(store);
  return store;
}

/** The window's localStorage if reading and writing it works; memory otherwise. */
export function browserStore(win: { readonly localStorage: Storage } | undefined): KeyValueStore {
  try {
    const storage = win?.localStorage;
    if (storage) {
      const probe = 'imh-scorm:probe';
      storage.setItem(probe, probe);
      storage.removeItem(probe);
      return storage;
    }
  } catch {
    // Blocked storage: progress then lives only as long as the page.
  }
  return memoryStore();
}

export function readJson(store: KeyValueStore, key: string): unknown {
  try {
    const text = store.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Returns whether the value was stored. */
export function writeJson(store: KeyValueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing more to do: a stale entry is ignored at the next launch if the LMS moved on.
  }
}
