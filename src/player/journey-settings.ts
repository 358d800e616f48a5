import type { ModuleShell } from '../content/compiled.ts';
import type { JourneySettings } from '../machines/module-journey.ts';

/** The journey's settings for a module, from its launch-page outline and whether the LMS opened it for review. */
export function journeySettings(
  shell: Pick<ModuleShell, 'pages' | 'bank' | 'quiz'>,
  review = false,
): JourneySettings {
  return {
    pageCount: shell.pages.length,
    bank: shell.bank,
    questionsPerAttempt: shell.quiz.questionsPerAttempt,
    passMark: shell.quiz.passMark,
    attemptLimit: shell.quiz.attemptLimit,
    unlock: shell.quiz.unlock,
    practiceIds: shell.pages.flatMap((p) => p.practiceIds),
    scenarioIds: shell.pages.flatMap((p) => p.scenarioIds ?? []),
    review,
    contentNote: shell.quiz.contentNote === true,
  };
}
