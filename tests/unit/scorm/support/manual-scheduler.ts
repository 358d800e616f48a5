/** A retry scheduler the test drives: nothing runs until the test says so. */
import { KEEP_TRYING_MS, type RetryScheduler } from '../../../../src/scorm/retry-backoff.ts';

export interface ManualScheduler extends RetryScheduler {
  /** Delays of the quick tasks scheduled so far, in order (the slow keep-trying ones are counted apart). */
  readonly delays: number[];
  /** How many slow keep-trying tasks (every KEEP_TRYING_MS) were scheduled. */
  readonly keepTrying: number;
  /** Runs the quick tasks waiting now (not ones they schedule); returns how many ran. */
  runWaiting(): number;
  /** Runs quick tasks until none are left; a slow keep-trying task stays waiting. */
  runAll(): void;
  /** Runs the slow keep-trying task waiting now, as if KEEP_TRYING_MS had passed; returns whether one ran. */
  runKeepTrying(): boolean;
}

export function manualScheduler(): ManualScheduler {
  const waiting = new Map<() => void, number>();
  const delays: number[] = [];
  let keepTrying = 0;
  const run = (slow: boolean) => {
    const tasks = [...waiting].filter(([, delay]) => delay >= KEEP_TRYING_MS === slow).map(([task]) => task);
    tasks.forEach((task) => waiting.delete(task));
    tasks.forEach((task) => task());
    return tasks.length;
  };
  return {
    delays,
    get keepTrying() {
      return keepTrying;
    },
    schedule(delayMs, task) {
      if (delayMs >= KEEP_TRYING_MS) keepTrying++;
      else delays.push(delayMs);
      waiting.set(task, delayMs);
      return () => void waiting.delete(task);
    },
    runWaiting: () => run(false),
    runAll() {
      while (this.runWaiting() > 0);
    },
    runKeepTrying: () => run(true) > 0,
  };
}
