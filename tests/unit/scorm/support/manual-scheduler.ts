/** A retry scheduler the test drives: nothing runs until the test says so. */
import type { RetryScheduler } from '../../../../src/scorm/retry-backoff.ts';

export interface ManualScheduler extends RetryScheduler {
  /** Delays of the tasks scheduled so far, in order. */
  readonly delays: number[];
  /** Runs the tasks waiting now (not ones they schedule); returns how many ran. */
  runWaiting(): number;
  /** Runs tasks until none are left. */
  runAll(): void;
}

export function manualScheduler(): ManualScheduler {
  const waiting = new Set<() => void>();
  const delays: number[] = [];
  return {
    delays,
    schedule(delayMs, task) {
      delays.push(delayMs);
      waiting.add(task);
      return () => void waiting.delete(task);
    },
    runWaiting() {
      const tasks = [...waiting];
      waiting.clear();
      tasks.forEach((task) => task());
      return tasks.length;
    },
    runAll() {
      while (this.runWaiting() > 0);
    },
  };
}
