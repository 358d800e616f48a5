/**
 * The launch page's first script calls Initialize before the player has arrived; the adapter then takes that
 * outcome instead of calling again, so the LMS sees one Initialize.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { earlyInitializeKey, earlyInitializeScript } from '../../../src/scorm/early-initialize.ts';
import { earlyScript } from '../../../scripts/sco-html.ts';
import type { ScormVersion } from '../../../src/scorm/lms-adapter.ts';
import { adapterFor } from './support/adapter-fixture.ts';
import { recordingLms } from './support/recording-api.ts';

const holder = globalThis as unknown as Record<string, unknown>;

/** Runs the launch page's first script, exactly as the page carries it, against a window. */
function initializeEarly(win: object): void {
  new Function('window', earlyScript.script)(win);
}

/** A SCO frame under an LMS window that holds the API, as the launch page's script sees them. */
function scoWindow(version: ScormVersion, api: object) {
  const lms = { [version === '2004' ? 'API_1484_11' : 'API']: api } as Record<string, unknown>;
  lms.parent = lms;
  const attributes = { 'data-scorm-version': version };
  const sco = {
    parent: lms,
    opener: null,
    top: lms,
    document: {
      documentElement: { getAttribute: (name: string) => attributes[name as 'data-scorm-version'] },
    },
  };
  return sco as unknown as Window;
}

afterEach(() => {
  holder[earlyInitializeKey] = undefined;
});

describe.each(['1.2', '2004'] as const)('early Initialize, SCORM %s', (version) => {
  test('the page calls Initialize once; the adapter takes its outcome and reads the launch data', () => {
    const lms = recordingLms(
      version,
      version === '1.2'
        ? { cmi: { core: { lesson_location: 'p3', entry: 'resume' } } }
        : { cmi: { location: 'p3', entry: 'resume' } },
    );
    const sco = scoWindow(version, lms.api);
    initializeEarly(sco);
    holder[earlyInitializeKey] = (sco as unknown as Record<string, unknown>)[earlyInitializeKey];
    expect(lms.callsOf('initialize')).toHaveLength(1);

    const { adapter, eventKinds } = adapterFor(lms);
    const launch = adapter.initialise();
    expect(lms.callsOf('initialize')).toHaveLength(1);
    expect(launch.location).toBe('p3');
    expect(eventKinds()).not.toContain('local-only');
    expect(lms.rejectedCalls()).toEqual([]);
  });

  test('a refused early Initialize is judged like the adapter’s own: the session starts local-only', () => {
    const lms = recordingLms(version);
    lms.faults.refuse.add('initialize');
    const sco = scoWindow(version, lms.api);
    initializeEarly(sco);
    holder[earlyInitializeKey] = (sco as unknown as Record<string, unknown>)[earlyInitializeKey];
    const { adapter, eventKinds } = adapterFor(lms);
    adapter.initialise();
    expect(eventKinds()).toContain('local-only');
  });

  test('an outcome recorded for another API object is ignored', () => {
    const lms = recordingLms(version);
    holder[earlyInitializeKey] = { api: {}, result: 'true', errorCode: '0' };
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    expect(lms.callsOf('initialize')).toHaveLength(1);
  });
});

test('the launch page carries the script minified: shorter, and no helpers a compiler added', () => {
  expect(earlyScript.script.length).toBeLessThan(earlyInitializeScript.length * 0.6);
  expect(earlyScript.script).toMatch(/^\(function\(\w+\)\{try\{/);
  expect(earlyScript.script).not.toMatch(/__name|__defProp|require\(|=>|\blet\b|\bconst\b/);
});

test('with no LMS to find, the early script leaves nothing behind', () => {
  const sco = {
    parent: null,
    opener: null,
    top: null,
    document: { documentElement: { getAttribute: () => '1.2' } },
  };
  initializeEarly(sco as unknown as Window);
  expect((sco as unknown as Record<string, unknown>)[earlyInitializeKey]).toBeUndefined();
});
