/**
 * Entry point of every SCO: reads the module outline the build wrote into index.html, finds the LMS and starts
 * the player. The cover's code is in this one bundle, inline in the launch page; the module's text (content.js)
 * and the components of every later screen (player/extras.js) follow as classic scripts when the learner
 * starts: no ES dynamic imports, which Moodle's player frame dislikes.
 */
import './styles/player.css';
import './components/imh-player.ts';
import { unpackShell, type PackedShell } from './content/shell-wire.ts';
import { createAdapter } from './scorm/create-adapter.ts';

function boot(): void {
  const data = document.getElementById('imh-module')?.textContent;
  const root = document.getElementById('app');
  if (!data || !root) throw new Error('This page is missing its module outline.');
  const shell = unpackShell(JSON.parse(data) as PackedShell);
  const version = document.documentElement.dataset.scormVersion === '2004' ? '2004' : '1.2';
  const player = document.createElement('imh-player');
  player.shell = shell;
  player.adapter = createAdapter({ version, courseKey: `${shell.id}-${version}` });
  player.inCourse = document.documentElement.hasAttribute('data-in-course');
  root.replaceChildren(player);
}

boot();
