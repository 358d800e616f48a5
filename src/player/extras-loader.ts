/**
 * The components a cover and a plain page do not need (tabs, reveal cards, steps, sort, hotspots, the branching
 * scenario) live in the shared player/extras.js and player/extras.css, loaded once, when the first page that
 * uses them is shown (or earlier, when the browser is idle). Classic script and stylesheet elements, like
 * content.js: they work offline and under the launch page's `script-src 'self'` policy, where Moodle's frame
 * had trouble with dynamic imports. Until they arrive a page's blocks read as plain sections.
 */
const base = '../player/extras';
let loading: Promise<void> | undefined;

export function loadExtras(doc: Document = document): Promise<void> {
  loading ??= Promise.all([addStylesheet(doc), addScript(doc)]).then(
    () => undefined,
    (error: unknown) => {
      // A failed load (a dropped connection) may be tried again on the next page that needs the extras.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Loads the extras once the browser has nothing better to do, so the first page that needs them turns at once. */
export function preloadExtrasWhenIdle(win: Window = window): void {
  const later = (work: () => void) =>
    typeof win.requestIdleCallback === 'function'
      ? win.requestIdleCallback(work, { timeout: 4000 })
      : win.setTimeout(work, 2000);
  later(() => void loadExtras(win.document).catch(() => undefined));
}

function addScript(doc: Document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = `${base}.js`;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(`${script.src} could not be loaded`));
    };
    doc.head.append(script);
  });
}

function addStylesheet(doc: Document): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${base}.css`;
    link.onload = () => resolve();
    link.onerror = () => {
      link.remove();
      reject(new Error(`${link.href} could not be loaded`));
    };
    doc.head.append(link);
  });
}

/** for tests: forget that the extras were loaded */
export function resetExtrasLoader(): void {
  loading = undefined;
}
