/** How long to wait for a SCO's pagehide handlers (Terminate, a last Commit) before removing its frame anyway. */
const UNLOAD_TIMEOUT_MS = 3000;

/** The iframe a SCO runs in, as a child of the LMS page so that the SCO finds the API on `window.parent`. */
export class ScoFrame {
  private frame: HTMLIFrameElement | undefined;

  constructor(private readonly container: HTMLElement) {}

  get isLoaded(): boolean {
    return this.frame !== undefined;
  }

  load(url: string, title: string): void {
    if (!this.frame) {
      this.frame = document.createElement('iframe');
      this.frame.className = 'sco-frame';
      this.frame.name = 'sco';
      this.container.replaceChildren(this.frame);
    }
    this.frame.title = `Course content: ${title}`;
    this.frame.src = url;
  }

  /**
   * Closes the SCO as a learner closing its window does: the frame navigates away, so the SCO's pagehide and
   * unload handlers run (and may Terminate), and then the frame is removed.
   */
  async unload(): Promise<void> {
    const frame = this.frame;
    if (!frame) return;
    this.frame = undefined;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, UNLOAD_TIMEOUT_MS);
      frame.addEventListener(
        'load',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
      frame.src = 'about:blank';
    });
    frame.remove();
  }
}
