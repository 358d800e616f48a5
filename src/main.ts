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
  createAdapter({ model, courseKey: `${shell.id}-${model.version}` }).then(
    (adapter) => {
      const player = document.createElement('imh-player');
      player.shell = shell;
      player.adapter = adapter;
      player.inCourse = document.documentElement.hasAttribute('data-in-course');
      root.replaceChildren(player);
    },
    (error: unknown) => {
      // No LMS was found and the standalone adapter could not be fetched: say so, and how to go on.
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.textContent =
        'This module could not start: no learning system was found, and the course could not load its own ' +
        'files. Please open it again from your learning system, or ask your LMS administrator for help.';
      root.replaceChildren(message);
      throw error;
    },
  );
}

boot();
