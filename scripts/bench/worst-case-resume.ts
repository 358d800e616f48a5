/**
 * The longest resume state each module can produce, built with the real codec rather than observed: every page
 * visited, mid-quiz on the last question with every drawn question answered with all its option ids, the last
 * attempt likewise, every practice activity answered (with its longest option id), seeds 0xffffffff and 99
 * attempts. A learner cannot write more; `cmi.suspend_data` must hold this.
 */
import path from 'node:path';
import { drawAttempt } from '../../src/assessment/draw.ts';
import type { CompiledModule } from '../../src/content/compiled.ts';
import { compileModule, loadCheckedCourse, splitModule } from '../../src/content/index.ts';
import type { JourneySettings } from '../../src/machines/module-journey.ts';
import type { Responses } from '../../src/machines/quiz-attempt.ts';
import { journeySettings } from '../../src/player/journey-settings.ts';
import { encodeResumeState, type ResumeState } from '../../src/state/resume-codec.ts';

const LARGEST_SEED = 0xffffffff;
const MOST_ATTEMPTS = 99;

export interface WorstCaseResume {
  slug: string;
  chars: number;
  text: string;
}

export function worstCaseResumeStates(projectRoot: string): WorstCaseResume[] {
  const { course } = loadCheckedCourse(path.join(projectRoot, 'modules'), projectRoot);
  return course.modules.map((loaded) => {
    const compiled = compileModule(course, loaded);
    const settings = journeySettings(splitModule(compiled).shell);
    const text = encodeResumeState(longestState(compiled, settings), settings);
    return { slug: loaded.slug, chars: text.length, text };
  });
}

function longestState(module: CompiledModule, settings: JourneySettings): ResumeState {
  const drawn = drawAttempt(settings.bank, settings.questionsPerAttempt, LARGEST_SEED);
  const everyOption: Responses = Object.fromEntries(drawn.map((d) => [d.id, [...d.optionOrder]]));
  const longestId = (ids: string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a));
  return {
    screen: 'quiz',
    page: settings.pageCount - 1,
    visited: Array.from({ length: settings.pageCount }, () => true),
    attempts: MOST_ATTEMPTS,
    passed: false,
    quiz: { seed: LARGEST_SEED, index: drawn.length - 1, responses: everyOption, showingFeedback: true },
    lastAttempt: { seed: LARGEST_SEED, responses: everyOption },
    practice: module.pages.flatMap((p) =>
      p.activities.flatMap((a) => (a.type === 'practice' ? [longestId(a.options.map((o) => o.id))] : [])),
    ),
  };
}
