/**
 * Retries a failed save after growing delays (0.5 s, 2 s, 5 s by default), then, once the learner has been told
 * it failed, keeps trying every 10 s until the LMS answers: an LMS that recovers after two minutes still gets the
 * progress while the window is open. Through an injectable scheduler so tests run instantly.
 */

export interface RetryScheduler {
  /** Runs `task` after `delayMs`, never synchronously. Returns a cancel function. */
  schedule(delayMs: number, task: () => void): () => void;
}

export const timerScheduler: RetryScheduler = {
  schedule(delayMs, task) {
    const timer = setTimeout(task, delayMs);
    return () => clearTimeout(timer);
  },
};

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [500, 2000, 5000];
/** After the quick retries: how often to keep trying, quietly, until the LMS answers. */
export const KEEP_TRYING_MS = 10_000;

export interface RetryReport {
  /** Before each wait; `attempt` counts from 1. */
  retrying(attempt: number): void;
  /** After the last quick retry failed (tries go on every KEEP_TRYING_MS, without further reports). */
  gaveUp(): void;
}

export class RetryBackoff {
  private cancelPending: (() => void) | undefined;

  constructor(
    private readonly scheduler: RetryScheduler,
    private readonly delaysMs: readonly number[],
  ) {}

  get active(): boolean {
    return this.cancelPending !== undefined;
  }

  /** Calls `attempt` after each delay, then every KEEP_TRYING_MS, until it returns true or cancel(). */
  start(attempt: () => boolean, report: RetryReport): void {
    this.cancel();
    const next = (index: number): void => {
      const delay = this.delaysMs[index];
      if (delay === undefined && index === this.delaysMs.length) report.gaveUp();
      else if (delay !== undefined) report.retrying(index + 1);
      this.cancelPending = this.scheduler.schedule(delay ?? KEEP_TRYING_MS, () => {
        this.cancelPending = undefined;
        if (!attempt()) next(index + 1);
      });
    };
    next(0);
  }

  cancel(): void {
    this.cancelPending?.();
    this.cancelPending = undefined;
  }
}
