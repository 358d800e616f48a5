/**
 * What Back and Next offer on a page, by the journey's rules: Next on the last page starts the knowledge check
 * (or returns to the result), the check stays locked until its pages are visited, and a reviewer is never
 * offered an attempt.
 */
import type { ModuleShell } from '../content/compiled.ts';
import { canRetry, isComplete, quizUnlocked } from '../machines/journey-rules.ts';
import type { JourneyContext } from '../machines/module-journey.ts';

export interface Pager {
  nextLabel: string;
  nextDisabled: boolean;
  /** a second way back to where the result is, from any page but the last */
  backTo: { label: string; event: 'results' | 'finish' } | null;
  /** pages still to visit before the knowledge check opens */
  unvisited: { id: string; title: string }[];
  /** the "Go to the knowledge check" shortcut (unlock: always) */
  quizShortcut: boolean;
}

export function pagerFor(c: JourneyContext, shell: Pick<ModuleShell, 'pages' | 'quiz'>): Pager {
  const last = c.page === c.settings.pageCount - 1;
  const complete = isComplete(c);
  const hasResult = c.lastAttempt !== null;
  const resultLabel = complete ? 'Back to summary' : 'Back to results';
  const quizOpen = quizUnlocked(c) && canRetry(c);
  let nextLabel = 'Next';
  if (last) nextLabel = hasResult || complete ? resultLabel : 'Start knowledge check';
  return {
    nextLabel,
    // The last page's Next is the knowledge check: closed until every page is visited, and for a reviewer.
    nextDisabled: last && !hasResult && !complete && !quizOpen,
    backTo: hasResult && !last ? { label: resultLabel, event: complete ? 'finish' : 'results' } : null,
    unvisited:
      last && !hasResult && !quizUnlocked(c)
        ? shell.pages.filter((_, i) => !c.visited[i]).map((p) => ({ id: p.id, title: p.title }))
        : [],
    quizShortcut: !last && quizOpen && !hasResult && shell.quiz.unlock === 'always',
  };
}
