/**
 * The launch page of one SCO: the cover's stylesheet, the module's outline as inline JSON (packed,
 * content/shell-wire.ts) and the player, all inline (one request instead of several round trips, so the SCO
 * reaches Initialize and paints its cover quickly on slow networks), and a Content Security Policy that allows
 * nothing from other hosts and no script but these and content.js.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import { contentGlobal, type ModuleContent, type ModuleShell } from '../src/content/compiled.ts';
import { escapeHtml } from '../src/content/render.ts';
import { packShell } from '../src/content/shell-wire.ts';
import { earlyInitializeScript } from '../src/scorm/early-initialize.ts';
import type { ScormVersion } from '../src/scorm/lms-adapter.ts';

/** JSON inside <script> must not be able to close the element. */
const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The player bundle, ready to inline, and the hash that lets exactly this script run under the CSP. */
export interface InlinePlayer {
  script: string;
  hash: string;
}

/**
 * The launch page's first script: Initialize before the rest of the page has arrived (see early-initialize.ts).
 * Minified as ES5, which adds no helpers to plain ES5 code.
 */
export const earlyScript: InlinePlayer = inlinePlayer(
  transformSync(earlyInitializeScript, { minify: true, target: 'es5' }).code,
);

export function inlinePlayer(bundle: string): InlinePlayer {
  // "</script" inside the code would end the element early; "<\/script" means the same to JavaScript.
  const script = bundle.replace(/<\/script/gi, '<\\/script').trimEnd();
  return { script, hash: `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}` };
}

const contentSecurityPolicy = (player: InlinePlayer) =>
  [
    "default-src 'self'",
    `script-src 'self' '${earlyScript.hash}' '${player.hash}'`,
    // Lit falls back to <style> elements where adoptedStyleSheets is unavailable.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

/** What a launch page is made of. */
export interface LaunchPage {
  module: ModuleShell;
  version: ScormVersion;
  player: InlinePlayer;
  /** The cover's stylesheet (player.css), inline: the cover paints without waiting for another request. */
  style: string;
  /**
   * The SCO is one module of the whole-course package: in SCORM 2004 its summary may then offer the next module
   * through the LMS's sequencing (a single-module package has nothing to go on to).
   */
  inCourse?: boolean;
}

export function scoHtml({ module, version, player, style, inCourse = false }: LaunchPage): string {
  if (/<\/style/i.test(style))
    throw new Error('The cover stylesheet contains "</style", which would end it early.');
  return `<!doctype html>
<html lang="en-GB" data-scorm-version="${version}"${inCourse ? ' data-in-course=""' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(player)}">
<script>${earlyScript.script}</script>
<title>${escapeHtml(module.title)} – ${escapeHtml(module.courseTitle)}</title>
<style>${style.trimEnd()}</style>
<script type="application/json" id="imh-module">${safeJson(packShell(module))}</script>
</head>
<body>
<div id="app"><p>Loading ${escapeHtml(module.title)}…</p></div>
<noscript><p>This course needs JavaScript. Please turn it on, or ask your LMS administrator for help.</p></noscript>
<script>${player.script}</script>
</body>
</html>
`;
}

/** The module's text, loaded by the player when the learner starts: a classic script, so it works offline too. */
export function scoContentScript(content: ModuleContent): string {
  return `self.${contentGlobal}=${safeJson(content)};\n`;
}
