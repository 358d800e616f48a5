/**
 * Entry point of player/standalone.js: the adapter for a launch with no LMS (a file, a preview, a misconfigured
 * LMS). No learner in an LMS needs it, so the launch page fetches it only when discovery finds no API
 * (scorm/create-adapter.ts).
 */
import { StandaloneAdapter } from './scorm/standalone-adapter.ts';
import { standaloneGlobal } from './scorm/standalone-global.ts';

(globalThis as Record<string, unknown>)[standaloneGlobal] = StandaloneAdapter;
