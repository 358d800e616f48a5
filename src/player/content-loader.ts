/**
 * Loads the module's content.js with a classic script element: it works from a web server and from file://
 * (offline players), needs no fetch permission, and passes a `script-src 'self'` policy.
 */
import { contentGlobal, type ModuleContent } from '../content/compiled.ts';
import { loadClassicScript } from './classic-script.ts';

export function loadModuleContent(src = 'content.js', doc: Document = document): Promise<ModuleContent> {
  const holder = doc.defaultView as unknown as Record<string, ModuleContent | undefined>;
  const ready = holder[contentGlobal];
  if (ready) return Promise.resolve(ready);
  return loadClassicScript(src, doc).then(() => {
    const content = holder[contentGlobal];
    if (!content) throw new Error(`${src} loaded but held no module content`);
    return content;
  });
}
