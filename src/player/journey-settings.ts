import type { ModuleShell } from '../content/compiled.ts';
import type { JourneySettings } from '../machines/module-journey.ts';

/** The journey's settings for a module, from its launch-page outline. */
export function journeySettings(shell: Pick<ModuleShell, 'pages' | 'bank' | 'quiz'>): JourneySettings {
  return {
    pageCount: shell.pages.length,
    bank: shell.bank,
    questionsPerAttempt: shell.quiz.questionsPerAttempt,
    passMark: shell.quiz.passMark,
    attemptLimit: shell.quiz.attemptLimit,
    unlock: shell.quiz.unlock,
  };
}
