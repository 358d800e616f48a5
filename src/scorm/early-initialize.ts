/**
 * Initialize as the launch page's first script. The player is inline at the end of the page, so on a slow network
 * the SCO would call Initialize only once the whole page (about 50 kB) had arrived; this script is in the first
 * bytes and calls it at once. The adapter's Initialize then takes the recorded outcome instead of calling again.
 *
 * It repeats discovery's walk in small (parents, then the openers' parents), because it runs before the player
 * (and its discovery) has arrived.
 */

/** What the early script leaves on the window for the adapter. */
export interface EarlyInitialize {
  api: object;
  result: string;
  /** GetLastError right after the call, as the LMS returned it */
  errorCode: string;
}

export const earlyInitializeKey = '__imhEarlyInitialize';

/**
 * The script itself, as the launch page carries it (CSP-hashed): plain JavaScript in a string, so that no
 * compiler or test runner can add helpers to it (the build minifies it as ES5). `window` is the SCO's window.
 */
export const earlyInitializeScript = `(function (win) {
  try {
    var is2004 = win.document.documentElement.getAttribute('data-scorm-version') === '2004';
    var apiName = is2004 ? 'API_1484_11' : 'API';
    var init = is2004 ? 'Initialize' : 'LMSInitialize';
    var lastError = is2004 ? 'GetLastError' : 'LMSGetLastError';
    var starts = [win];
    try { starts.push(win.opener); } catch (e) {}
    try { starts.push(win.top && win.top.opener); } catch (e) {}
    var api;
    for (var s = 0; s < starts.length && !api; s++) {
      var current = starts[s];
      for (var level = 0; current && level <= 500 && !api; level++) {
        try {
          var found = current[apiName];
          if (found && typeof found[init] === 'function') api = found;
          else if (!current.parent || current.parent === current) current = null;
          else current = current.parent;
        } catch (e) {
          current = null; // a cross-origin window ends this branch
        }
      }
    }
    if (!api) return;
    var result = String(api[init](''));
    var errorCode = typeof api[lastError] === 'function' ? String(api[lastError]()) : '';
    win.${earlyInitializeKey} = { api: api, result: result, errorCode: errorCode };
  } catch (e) {
    // Whatever went wrong, the adapter's own Initialize runs as usual.
  }
})(window);`;

/** The early Initialize's outcome for this API object, once: later calls go to the LMS. */
export function takeEarlyInitialize(api: object): EarlyInitialize | undefined {
  const holder = globalThis as unknown as Record<string, EarlyInitialize | undefined>;
  const early = holder[earlyInitializeKey];
  if (!early || early.api !== api) return undefined;
  holder[earlyInitializeKey] = undefined;
  return early;
}
