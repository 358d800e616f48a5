/**
 * The resume state: a compact, versioned string for cmi.suspend_data. It holds what the learner did — page,
 * pages visited, answers, attempts, the seeds of the current and last attempts — not a dump of the machine.
 * SCORM 1.2 allows 4,096 characters (some Moodle sites enforce it), so every field is packed:
 *
 *   1~<screen>~<page>~<visited>~<attempts>~<passed>~<quiz>~<last attempt>~<practice answers>~<bank key>[~<n>[~<s>]]
 *
 * `<n>` (optional, added in release 1.1 and read by any later one) is how many interactions this LMS attempt
 * holds: an LMS that reports `cmi.interactions._count` as 0 on relaunch (ILIAS) must not have them overwritten.
 * It is read whatever the bank key says, so it survives a course update. `<s>` (optional, release 1.2) is the
 * choices taken in each branching scenario, in module order, one digit per decision, scenarios separated by ".";
 * `<n>` is then written even when 0.
 *
 * Responses are written in the attempt's drawn order, so decoding needs the module's question bank; the bank
 * key ties the state to that bank, so after a course update that changes the questions, old responses are not
 * matched to a different draw. Anything unreadable (unknown version, another bank, corrupt text) decodes to
 * undefined: the caller falls back to the location and a fresh attempt.
 */
import { drawAttempt } from '../assessment/draw.ts';
import { scoredAttempt, type JourneyResume, type JourneySettings } from '../machines/module-journey.ts';
import type { Responses } from '../machines/quiz-attempt.ts';
import { fnv1a } from './fnv1a.ts';

export const resumeFormatVersion = '1';

export type ResumeState = JourneyResume;

const screens: Record<ResumeState['screen'], string> = {
  welcome: 'w',
  pages: 'p',
  quiz: 'q',
  results: 'r',
  complete: 'c',
};
const screenOf = Object.fromEntries(Object.entries(screens).map(([k, v]) => [v, k as ResumeState['screen']]));

const b36 = (n: number) => n.toString(36);
const fromB36 = (s: string) => {
  if (!/^[0-9a-z]+$/.test(s)) throw new Error('bad number');
  return parseInt(s, 36);
};

function encodeVisited(visited: boolean[]): string {
  let hex = '';
  for (let i = 0; i < visited.length; i += 4) {
    let nibble = 0;
    for (let b = 0; b < 4; b++) if (visited[i + b]) nibble |= 1 << b;
    hex += nibble.toString(16);
  }
  return hex;
}

function decodeVisited(hex: string, count: number): boolean[] {
  if (!/^[0-9a-f]*$/.test(hex)) throw new Error('bad visits');
  return Array.from({ length: count }, (_, i) => ((parseInt(hex[i >> 2] ?? '0', 16) >> (i & 3)) & 1) === 1);
}

function encodeResponses(settings: JourneySettings, seed: number, responses: Responses): string {
  return drawAttempt(settings.bank, settings.questionsPerAttempt, seed)
    .map((d) => (responses[d.id] ?? []).join(''))
    .join(',');
}

function decodeResponses(settings: JourneySettings, seed: number, text: string): Responses {
  const drawn = drawAttempt(settings.bank, settings.questionsPerAttempt, seed);
  const parts = text === '' ? [] : text.split(',');
  if (parts.length > drawn.length) throw new Error('more responses than questions');
  const responses: Responses = {};
  parts.forEach((letters, i) => {
    const options = drawn[i]!.optionOrder;
    if ([...letters].some((id) => !options.includes(id))) throw new Error('bad response');
    if (letters) responses[drawn[i]!.id] = [...letters];
  });
  return responses;
}

/** Four base-36 characters that change whenever the bank, its options, the draw size or the page count do. */
export function bankKey(settings: JourneySettings): string {
  // "d2": the draw that secures three questions per competency; a state drawn the older way is not decoded against it.
  const text = `d2|${settings.pageCount}|${settings.questionsPerAttempt}|${settings.bank
    .map((q) => `${q.id}:${q.options.map((o) => o.id).join('')}`)
    .join(',')}`;
  return (fnv1a(text) % 36 ** 4).toString(36).padStart(4, '0');
}

/**
 * Whether a decoded state could have been written by the course: a "passed" flag needs a last attempt that
 * passed (no attempt follows a pass), attempts cover the attempts held, and a finished module is finished by the
 * module's rule. A state that fails (tampered, or written by a bug) is treated like an unknown version.
 */
function consistent(state: ResumeState, settings: JourneySettings): boolean {
  const held = (state.lastAttempt ? 1 : 0) + (state.quiz ? 1 : 0);
  if (state.attempts < held) return false;
  if (settings.attemptLimit > 0 && state.attempts > settings.attemptLimit) return false;
  const last = state.lastAttempt && scoredAttempt(settings, state.attempts, state.lastAttempt);
  if (state.passed !== (last?.score.passed ?? false)) return false;
  if (state.passed && state.quiz) return false;
  if (state.screen === 'complete') {
    const usedUp = settings.attemptLimit > 0 && state.attempts >= settings.attemptLimit && !state.quiz;
    if (!state.passed && !(usedUp && last)) return false;
  }
  return true;
}

export function encodeResumeState(
  state: ResumeState,
  settings: JourneySettings,
  { interactions = 0 }: { interactions?: number } = {},
): string {
  const quiz = state.quiz
    ? `${b36(state.quiz.seed)}.${b36(state.quiz.index)}.${state.quiz.showingFeedback ? 1 : 0}.${encodeResponses(settings, state.quiz.seed, state.quiz.responses)}`
    : '';
  const last = state.lastAttempt
    ? `${b36(state.lastAttempt.seed)}.${encodeResponses(settings, state.lastAttempt.seed, state.lastAttempt.responses)}`
    : '';
  const scenarios = state.scenarios?.some(Boolean) ? state.scenarios.join('.') : '';
  return [
    resumeFormatVersion,
    screens[state.screen],
    b36(state.page),
    encodeVisited(state.visited),
    b36(state.attempts),
    state.passed ? '1' : '0',
    quiz,
    last,
    state.practice.map((p) => p || '-').join(''),
    bankKey(settings),
    ...(interactions > 0 || scenarios ? [b36(interactions)] : []),
    ...(scenarios ? [scenarios] : []),
  ].join('~');
}

/** How many interactions the state says this LMS attempt holds; 0 when it does not say or cannot be read. */
export function interactionsWrittenIn(text: string): number {
  const f = text.split('~');
  if (f[0] !== resumeFormatVersion || f.length < 11 || f.length > 12) return 0;
  try {
    return fromB36(f[10]!);
  } catch {
    return 0;
  }
}

export function decodeResumeState(text: string, settings: JourneySettings): ResumeState | undefined {
  try {
    const f = text.split('~');
    if (f.length < 10 || f.length > 12 || f[0] !== resumeFormatVersion || f[9] !== bankKey(settings))
      return undefined;
    if (f.length >= 11) fromB36(f[10]!);
    const screen = screenOf[f[1]!];
    if (!screen) return undefined;
    const state: ResumeState = {
      screen,
      page: Math.min(fromB36(f[2]!), settings.pageCount - 1),
      visited: decodeVisited(f[3]!, settings.pageCount),
      attempts: fromB36(f[4]!),
      passed: f[5] === '1',
      practice: [...f[8]!].map((c) => (c === '-' ? '' : c)),
    };
    const scenarioCount = settings.scenarioIds?.length ?? 0;
    if (f[11] && scenarioCount > 0) {
      const paths = f[11].split('.');
      // A state from before a scenario was added or removed keeps the rest of the learner's place.
      if (paths.length === scenarioCount && paths.every((p) => /^[0-3]*$/.test(p))) state.scenarios = paths;
    }
    if (f[6]) {
      const [seed, index, feedback, responses = ''] = f[6].split('.');
      const quizSeed = fromB36(seed!);
      const quizIndex = fromB36(index!);
      // A question past the last would break the quiz on its first event.
      if (quizIndex >= Math.min(settings.questionsPerAttempt, settings.bank.length))
        throw new Error('no such question');
      state.quiz = {
        seed: quizSeed,
        index: quizIndex,
        showingFeedback: feedback === '1',
        responses: decodeResponses(settings, quizSeed, responses),
      };
    } else if (screen === 'quiz') return undefined;
    if (f[7]) {
      const [seed, responses = ''] = f[7].split('.');
      const lastSeed = fromB36(seed!);
      state.lastAttempt = { seed: lastSeed, responses: decodeResponses(settings, lastSeed, responses) };
    } else if (screen === 'results') return undefined;
    return consistent(state, settings) ? state : undefined;
  } catch {
    return undefined;
  }
}
