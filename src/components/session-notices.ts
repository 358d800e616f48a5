/**
 * What the learner is told about the session, in plain words: how saving goes, how the LMS launched the module,
 * and whether another tab has the same module open.
 */
import type { SaveState } from '../scorm/lms-adapter.ts';

/**
 * The one place that words how saving goes. Each text says only what is true: where progress is kept (this
 * browser, or only this open window) follows the adapter's report, never an assumption.
 */
export function saveMessage(state: SaveState | null): string {
  if (!state) return '';
  switch (state.kind) {
    case 'saved':
      return '';
    case 'recovered':
      return 'Your progress has been saved to the learning system again.';
    case 'retrying':
      return 'Saving your progress to the learning system is taking longer than usual. Trying again…';
    case 'failed':
      return state.keptIn === 'browser'
        ? 'Your progress could not be saved to the learning system just now. It is kept in this browser and will be sent when the connection returns. Please keep this window open for a moment.'
        : 'Your progress could not be saved to the learning system just now, and it is not kept anywhere else: please keep this window open while the course keeps trying.';
    case 'local-only':
      if (state.lms === 'unreachable')
        return 'Your progress could not be saved: the learning system could not be reached. It is not kept anywhere else, so please keep this window open while the course keeps trying.';
      return state.keptIn === 'browser'
        ? 'Your progress is being kept only in this browser on this device, not in a learning system.'
        : 'Your progress is kept only while this window is open: this browser does not let the course store it, and there is no learning system.';
  }
}

export const modeMessages = {
  normal: '',
  'no-credit':
    'This attempt is for practice: the learning system will not record your result. Everything else works as usual.',
  browse: 'You are browsing this module. Nothing you do here is recorded in the learning system.',
  review:
    'You are reviewing a finished attempt: you can read the module and see your last result, but nothing is recorded. To try the knowledge check again, close the module and start a new attempt from the activity page, if your organisation allows it.',
} as const;

export const tabMessages = {
  alone: '',
  'another-open':
    'This module is also open in another tab or window. Please use one at a time, so that your latest progress is the one kept.',
  behind:
    'This module was saved from another tab or window after this one. To keep that newer progress, this tab will not save any more: close it, or reload it to continue from the newer place.',
} as const;
