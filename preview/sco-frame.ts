/** How long to wait for a SCO's pagehide handlers (Terminate, a last Commit) before removing its frame anyway. */
const UNLOAD_TIMEOUT_MS = 3000;

/** The iframe a SCO runs in, as a child of the LMS page so that the SCO finds the API on `window.parent`. */
export class ScoFrame {
  private frame: HTMLIFrameElement | undefined;

  /** @param size a fixed frame size in CSS pixels, as an LMS sets it (Moodle's default player is 500 px high) */
  constructor(
    private readonly container: HTMLElement,
    private readonly size?: { width: number; height: number },
  ) {}

  get isLoaded(): boolean {
    return this.frame !== undefined;
  }

  load(url: string, title: string): void {
    if (!this.frame) {
      this.frame = document.createElement('iframe');
      this.frame.className = 'sco-frame';
      this.frame.name = 'sco';
      if (this.size)
        Object.assign(this.frame.style, {
          width: `${this.size.width}px`,
          height: `${this.size.height}px`,
          boxSizing: 'content-box',
          minHeight: '0',
          maxWidth: 'none',
          flex: 'none',
        });
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

/** The `frame=WIDTHxHEIGHT` launch option (e.g. "1240x500"), or undefined when absent; throws when malformed. */
export function parseFrameSize(value: string | null): { width: number; height: number } | undefined {
  if (value === null) return undefined;
  const match = /^(\d{3,4})x(\d{3,4})$/.exec(value);
  if (!match) throw new Error(`frame must be WIDTHxHEIGHT in pixels, e.g. "1240x500", not "${value}"`);
  return { width: Number(match[1]), height: Number(match[2]) };
}
