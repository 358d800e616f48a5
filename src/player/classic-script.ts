/**
 * Loads a script with a classic script element: it works from a web server and from file:// (offline players),
 * needs no fetch permission, passes the launch page's `script-src 'self'` policy, and avoids the ES dynamic
 * imports Moodle's player frame dislikes. A script that fails to load is removed, so it can be tried again.
 */
export function loadClassicScript(src: string, doc: Document = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(`${src} could not be loaded`));
    };
    doc.head.append(script);
  });
}
