/**
 * How long a module takes, computed at build from what a learner does in it (the welcome screen says "About N
 * minutes"): reading its pages and scenarios at a steady study pace, a set time for each activity, and the
 * knowledge check. A figure typed into module.yaml went stale as pages changed; this one cannot.
 */

/** Words a minute when studying (slower than leisure reading: learners stop to think and look back). */
export const studyWordsPerMinute = 180;

/** Minutes for an activity, beyond reading its text: choosing, checking, writing. */
export const activityMinutes: Record<string, number> = {
  practice: 2,
  reflection: 3,
  sort: 2,
  hotspots: 1,
  scenario: 6,
};

/** Minutes for one knowledge-check question: reading a vignette, choosing, reading the feedback. */
export const minutesPerQuestion = 1.25;

export interface DurationInput {
  /** every word a learner reads on the pages (a scenario's reading is in its activity time) */
  words: number;
  /** the type of every activity on the pages */
  activities: string[];
  questionsPerAttempt: number;
}

/** Whole minutes, rounded to the nearest 5 (a learner plans in those), at least 5. */
export function estimatedMinutes({ words, activities, questionsPerAttempt }: DurationInput): number {
  const minutes =
    words / studyWordsPerMinute +
    activities.reduce((sum, type) => sum + (activityMinutes[type] ?? 2), 0) +
    questionsPerAttempt * minutesPerQuestion;
  return Math.max(5, Math.round(minutes / 5) * 5);
}
