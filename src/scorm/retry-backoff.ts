/**
 * Retries a failed save after growing delays (0.5 s, 2 s, 5 s by default), through an injectable scheduler so
 * tests run instantly.
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

export interface RetryReport {
  /** Before each wait; `attempt` counts from 1. */
  retrying(attempt: number): void;
  /** After the last retry failed. */
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

  /** Calls `attempt` after each delay until it returns true or the delays run out. */
  start(attempt: () => boolean, report: RetryReport): void {
    this.cancel();
    const next = (index: number): void => {
      const delay = this.delaysMs[index];
      if (delay === undefined) {
        report.gaveUp();
        return;
      }
      report.retrying(index + 1);
      this.cancelPending = this.scheduler.schedule(delay, () => {
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
