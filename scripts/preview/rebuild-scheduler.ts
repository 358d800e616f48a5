/**
 * Runs `rebuild` once a burst of changes has been quiet for `delayMs`, never two at a time: changes that arrive
 * during a rebuild queue exactly one more.
 */
export class RebuildScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private queued = false;

  constructor(
    private readonly rebuild: () => Promise<void>,
    private readonly delayMs = 300,
  ) {}

  /** A file changed. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.start(), this.delayMs);
  }

  /** Resolves when no rebuild is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.queued = false;
  }

  private async start(): Promise<void> {
    if (this.running) {
      this.queued = true;
      return;
    }
    this.running = this.rebuild().finally(() => {
      this.running = undefined;
      if (this.queued) {
        this.queued = false;
        void this.start();
      }
    });
    await this.running;
  }
}
