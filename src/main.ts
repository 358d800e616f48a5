/**
 * Entry point of every SCO: reads the module outline the build wrote into index.html, finds the LMS and starts
 * the player. The cover's code is in this one bundle, inline in the launch page; the module's text (content.js)
 * and the components of every later screen (player/extras.js) follow as classic scripts when the learner
 * starts: no ES dynamic imports, which Moodle's player frame dislikes.
 *
 * The bundle is built once per SCORM version (scripts/build.ts sets IMH_SCORM_VERSION), so a launch page carries
 * only its own version's data model.
 */
import './styles/player.css';
import './components/imh-player.ts';
import { unpackShell, type PackedShell } from './content/shell-wire.ts';
import { createAdapter } from './scorm/create-adapter.ts';
import { scorm12, scorm2004 } from './scorm/data-model.ts';

const model = import.meta.env.IMH_SCORM_VERSION === '2004' ? scorm2004 : scorm12;

function boot(): void {
  const data = document.getElementById('imh-module')?.textContent;
  const root = document.getElementById('app');
  if (!data || !root) throw new Error('This page is missing its module outline.');
  const pageVersion = document.documentElement.dataset.scormVersion === '2004' ? '2004' : '1.2';
  if (pageVersion !== model.version)
    throw new Error(`This SCORM ${pageVersion} launch page carries the SCORM ${model.version} player.`);
  const shell = unpackShell(JSON.parse(data) as PackedShell);
  const player = document.createElement('imh-player');
  player.shell = shell;
  player.adapter = createAdapter({ model, courseKey: `${shell.id}-${model.version}` });
  player.inCourse = document.documentElement.hasAttribute('data-in-course');
  root.replaceChildren(player);
}

boot();
