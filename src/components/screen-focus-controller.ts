import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus to the new screen's heading whenever the screen changes (a page, a question, results), so screen
 * readers announce it and keyboard users start at the top. The host says what the current screen is and where
 * its heading is; the first screen keeps the browser's own focus.
 */
export class ScreenFocusController implements ReactiveController {
  private lastKey = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly current: () => { key: string; heading: string },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { key, heading } = this.current();
    if (key === this.lastKey) return;
    const first = this.lastKey === '';
    this.lastKey = key;
    if (!first) void this.focus(heading);
  }

  /**
   * Child components render after the host, and theirs after them: wait for every level, then focus the heading
   * they drew. Components from player/extras.js extend that bundle's own copy of Lit, so they are recognised by
   * their updateComplete, not by class.
   */
  private async focus(selector: string): Promise<void> {
    const waited = new Set<Element>();
    for (let level = 0; level < 6; level++) {
      const pending = [...this.host.querySelectorAll('main *')].flatMap((el) =>
        !waited.has(el) && isUpdating(el) ? [(waited.add(el), el.updateComplete)] : [],
      );
      if (pending.length === 0) break;
      await Promise.all(pending);
    }
    const heading = this.host.querySelector<HTMLElement>(selector);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    window.scrollTo({ top: 0 });
  }
}

/** A Lit element (from either bundle): it has an update to wait for. */
function isUpdating(el: Element): el is Element & { updateComplete: Promise<unknown> } {
  return (el as Partial<{ updateComplete: unknown }>).updateComplete instanceof Promise;
}
