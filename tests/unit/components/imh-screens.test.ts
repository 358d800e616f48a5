// @vitest-environment happy-dom
/**
 * imh-screens draws every screen after the cover from the session's snapshot. Here: the page's pager, worked out
 * from the journey, and the note over a recorded pass around the knowledge check, whose words come with this
 * bundle (the cover's does not carry them).
 */
import { describe, expect, it, vi } from 'vitest';
import '../../../src/components/imh-screens.ts';
import { ModuleSession, type SessionSnapshot } from '../../../src/player/module-session.ts';
import { TabPresence } from '../../../src/player/tab-presence.ts';
import { adapterFor } from '../scorm/support/adapter-fixture.ts';
import { recordingLms } from '../scorm/support/recording-api.ts';
import { pageLifecycle, paintQueue, sessionContent, sessionShell } from '../player/session-fixture.ts';
import { buttonNamed, mount, text } from './mount.ts';

/** A session on the last page of the module, every page visited: the knowledge check is one Next away. */
async function onLastPage(): Promise<SessionSnapshot> {
  const { adapter } = adapterFor(recordingLms('2004'));
  const session = new ModuleSession({
    shell: sessionShell(),
    adapter,
    loadContent: () => Promise.resolve(sessionContent),
    lifecycle: pageLifecycle().lifecycle,
    afterPaint: paintQueue().afterPaint,
    tabs: new TabPresence(undefined),
    newSeed: () => 42,
    diagnose: () => {},
  });
  session.start();
  session.send({ type: 'start' });
  await vi.waitUntil(() => session.snapshot.module !== null);
  session.send({ type: 'next' });
  session.send({ type: 'next' });
  return session.snapshot;
}

describe('imh-screens', () => {
  it("offers the knowledge check as the last page's Next, with Back", async () => {
    const view = await onLastPage();
    expect(view.screen).toBe('pages');
    const el = await mount('imh-screens', { view, shell: sessionShell() });
    const pager = el.querySelector('nav.pager')!;
    expect(buttonNamed(pager, 'Start knowledge check')?.disabled).toBe(false);
    expect(buttonNamed(pager, 'Back')).toBeDefined();
  });

  it('says what a retake over a recorded pass will and will not change, only when the session says so', async () => {
    const view = await onLastPage();
    const el = await mount('imh-screens', { view: { ...view, retakeOverPass: true }, shell: sessionShell() });
    expect(text(el.querySelector('.retake-notice'))).toMatch(
      /already holds this module as finished.*will not lower what is recorded.*a lower score, and any competency you miss this time, do not count/,
    );
    const plain = await mount('imh-screens', { view, shell: sessionShell() });
    expect(plain.querySelector('.retake-notice')).toBeNull();
  });
});
