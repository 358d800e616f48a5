/**
 * Entry point of every SCO: reads the module outline the build wrote into index.html, finds the LMS and starts
 * the player. All code is in this one bundle (no lazily loaded chunks: Moodle's player frame dislikes them);
 * the module's text follows in content.js when the learner starts.
 */
import './styles/player.css';
import './components/imh-player.ts';
import type { ModuleShell } from './content/compiled.ts';
import { createAdapter } from './scorm/create-adapter.ts';

function boot(): void {
  const data = document.getElementById('imh-module')?.textContent;
  const root = document.getElementById('app');
  if (!data || !root) throw new Error('This page is missing its module outline.');
  const shell = JSON.parse(data) as ModuleShell;
  const version = document.documentElement.dataset.scormVersion === '2004' ? '2004' : '1.2';
  const player = document.createElement('imh-player');
  player.shell = shell;
  player.adapter = createAdapter({ version, courseKey: `${shell.id}-${version}` });
  player.inCourse = document.documentElement.hasAttribute('data-in-course');
  root.replaceChildren(player);
}

boot();
