/**
 * The code and styles of every screen after the cover (pages and their blocks and activities, the scenario, the
 * knowledge check, results, summary) live in the shared player/extras.js and player/extras.css, loaded once,
 * beside content.js, when the learner starts (module-session.ts). Classic script and stylesheet elements: they
 * work offline and under the launch page's `script-src 'self'` policy, where Moodle's frame had trouble with
 * dynamic imports.
 */
import { loadClassicScript } from './classic-script.ts';

const base = '../player/extras';
let loading: Promise<void> | undefined;

export function loadExtras(doc: Document = document): Promise<void> {
  loading ??= Promise.all([addStylesheet(doc), loadClassicScript(`${base}.js`, doc)]).then(
    () => undefined,
    (error: unknown) => {
      // A failed load (a dropped connection) is tried again when the learner asks (Try again).
      loading = undefined;
      throw error;
    },
  );
  return loading;
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
