import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LightElement } from './light-element.ts';

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

  /** Child components render after the host: wait for them, then focus the heading they drew. */
  private async focus(selector: string): Promise<void> {
    const pending = [...this.host.querySelectorAll('main *')].flatMap((el) =>
      el instanceof LightElement ? [el.updateComplete] : [],
    );
    await Promise.all(pending);
    const heading = this.host.querySelector<HTMLElement>(selector);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
    window.scrollTo({ top: 0 });
  }
}
