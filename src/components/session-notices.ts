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
    'This attempt is for practice: your progress and answers are saved as usual, but the learning system will not count your result towards your grade.',
  browse: 'You are browsing this module. Nothing you do here is recorded in the learning system.',
  review:
    'You are reviewing a finished attempt: you can read the module and see your last result, but nothing is recorded. To try the knowledge check again, close the module and start a new attempt from the activity page, if your organisation allows it.',
} as const;

/**
 * A knowledge check taken again after a pass: what is recorded never goes down (the adapter keeps status, score
 * and objectives forward-only), so the learner is told what will and will not count.
 */
export const retakeMessages = {
  afterPass:
    'The learning system already holds this module as finished. Taking the knowledge check again will not lower what is recorded: a higher score replaces your recorded one; a lower score, and any competency you miss this time, do not count.',
} as const;

/** Going on to the next module of a whole-course package, from the summary. */
export const nextModuleMessages = {
  continuing: 'Opening the next module…',
  menuInstruction:
    'To go on, exit to the course menu and choose the next module there: this learning system cannot open it from here. Your result for this module is saved as you exit.',
  leftForMenu: 'Your result is saved. Choose the next module in the course menu.',
} as const;

export const tabMessages = {
  alone: '',
  'another-open':
    'This module is also open in another tab or window. Please use one at a time, so that your latest progress is the one kept.',
  behind:
    'This module was saved from another tab or window after this one. To keep that newer progress, this tab will not save any more: close it, or reload it to continue from the newer place.',
} as const;
