/**
 * Entry point of every SCO: reads the module the build wrote into index.html, finds the LMS and starts the
 * player. Everything is in this one bundle (no lazily loaded chunks: Moodle's player frame dislikes them).
 */
import './styles/player.css';
import './components/imh-player.ts';
import type { CompiledModule } from './content/compiled.ts';
import { createAdapter } from './scorm/create-adapter.ts';

function boot(): void {
  const data = document.getElementById('imh-module')?.textContent;
  const root = document.getElementById('app');
  if (!data || !root) throw new Error('This page is missing its module content.');
  const module = JSON.parse(data) as CompiledModule;
  const version = document.documentElement.dataset.scormVersion === '2004' ? '2004' : '1.2';
  const player = document.createElement('imh-player');
  player.module = module;
  player.adapter = createAdapter({ version, courseKey: `${module.id}-${version}` });
  root.replaceChildren(player);
}

boot();
