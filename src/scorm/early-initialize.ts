/**
 * Initialize as the launch page's first script. The player is inline at the end of the page, so on a slow network
 * the SCO would call Initialize only once the whole page (about 50 kB) had arrived; this script is in the first
 * bytes and calls it at once. The adapter's Initialize then takes the recorded outcome instead of calling again.
 *
 * `initializeEarly` is inlined by the build with Function.prototype.toString, so it must stay self-contained: no
 * imports, no module-level names. It repeats discovery's walk in small (parents, then the openers' parents).
 */

/** What the early script leaves on the window for the adapter. */
export interface EarlyInitialize {
  api: object;
  result: string;
  /** GetLastError right after the call, as the LMS returned it */
  errorCode: string;
}

export const earlyInitializeKey = '__imhEarlyInitialize';

export function initializeEarly(win: Window): void {
  try {
    const is2004 = win.document.documentElement.getAttribute('data-scorm-version') === '2004';
    const apiName = is2004 ? 'API_1484_11' : 'API';
    const init = is2004 ? 'Initialize' : 'LMSInitialize';
    const lastError = is2004 ? 'GetLastError' : 'LMSGetLastError';
    type Api = Record<string, (arg?: string) => unknown>;
    const search = (start: unknown): Api | undefined => {
      let current = start as Record<string, unknown> | null;
      for (let level = 0; current && level <= 500; level++) {
        try {
          const found = current[apiName] as Api | undefined;
          if (found && typeof found[init] === 'function') return found;
          const parent = current.parent as Record<string, unknown> | null;
          if (!parent || parent === current) return undefined;
          current = parent;
        } catch {
          return undefined; // a cross-origin window ends this branch
        }
      }
      return undefined;
    };
    const top = (() => {
      try {
        return win.top?.opener;
      } catch {
        return undefined;
      }
    })();
    const api = search(win) ?? search(win.opener) ?? search(top);
    if (!api) return;
    const result = String(api[init]!(''));
    const errorCode = String(api[lastError]?.() ?? '');
    (win as unknown as Record<string, unknown>)['__imhEarlyInitialize'] = { api, result, errorCode };
  } catch {
    // Whatever went wrong, the adapter's own Initialize runs as usual.
  }
}

/** The early Initialize's outcome for this API object, once: later calls go to the LMS. */
export function takeEarlyInitialize(api: object): EarlyInitialize | undefined {
  const holder = globalThis as unknown as Record<string, EarlyInitialize | undefined>;
  const early = holder[earlyInitializeKey];
  if (!early || early.api !== api) return undefined;
  holder[earlyInitializeKey] = undefined;
  return early;
}
