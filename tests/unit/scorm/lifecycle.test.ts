// @vitest-environment happy-dom
/**
 * Initialize once, Terminate once (with no Commit of its own), exit and session time, launch mode, status that only
 * moves forward, and what a relaunch resumes.
 */
import { describe, expect, it } from 'vitest';
import { dataModels } from '../../../src/scorm/data-model.ts';
import type { ScormVersion } from '../../../src/scorm/lms-adapter.ts';
import { adapterFor, valueAt } from './support/adapter-fixture.ts';
import { recordingLms, type RecordingLms } from './support/recording-api.ts';

/** The value of the last SetValue of `element`. */
const lastSet = (lms: RecordingLms, element: string) =>
  lms.callsOf('setValue').findLast((call) => call.args[0] === element)?.args[1];

/** What an LMS stores for a learner who left at page 4 of an unfinished module. */
function storedResume(version: ScormVersion, entry: string, extra: Record<string, unknown> = {}) {
  return version === '1.2'
    ? {
        cmi: {
          core: { entry, lesson_location: 'page-4', lesson_status: 'incomplete' },
          suspend_data: 'v1;page=4',
          ...extra,
        },
      }
    : {
        cmi: {
          entry,
          location: 'page-4',
          completion_status: 'incomplete',
          suspend_data: 'v1;page=4',
          ...extra,
        },
      };
}

describe.each(['1.2', '2004'] as const)('lifecycle (SCORM %s)', (version) => {
  const model = dataModels[version];

  it('initialises once, however often initialise() is called', () => {
    const lms = recordingLms(version);
    const { adapter } = adapterFor(lms);
    const first = adapter.initialise();
    expect(adapter.initialise()).toBe(first);
    expect(lms.callsOf('initialize')).toHaveLength(1);
  });

  it('terminates exactly once through terminate() twice, pagehide and a late visibility change', () => {
    const lms = recordingLms(version);
    const { adapter } = adapterFor(lms);
    // Wired as the player does: hidden → commit, pagehide → terminate.
    const onHidden = () => adapter.commit();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', () => adapter.terminate(), { once: true });
    adapter.initialise();
    adapter.terminate();
    adapter.terminate();
    window.dispatchEvent(new Event('pagehide'));
    adapter.commit();
    document.dispatchEvent(new Event('visibilitychange'));
    document.removeEventListener('visibilitychange', onHidden);
    expect(lms.callsOf('terminate')).toHaveLength(1);
    // Terminate implies the commit: the exit sends no Commit of its own.
    expect(lms.callsOf('commit')).toEqual([]);
    expect(lms.rejectedCalls()).toEqual([]);
  });

  // ILIAS's 1.2 API posts only during unload, so an LMSFinish at pagehide stores nothing: the hidden page must already
  // have committed exit and the session time. Fails when saveOnHide() is only a commit() in 1.2.
  it('commits exit and the running session time when the page is hidden, in the version that needs it', () => {
    const lms = recordingLms(version);
    const { adapter, advanceClock } = adapterFor(lms);
    adapter.initialise();
    adapter.setLocation('page-2');
    advanceClock(61_000);
    expect(adapter.saveOnHide()).toBe(true);
    // The learner comes back and leaves again: the session time is the running total, never a sum of the two.
    advanceClock(30_000);
    adapter.setLocation('page-3');
    expect(adapter.saveOnHide()).toBe(true);
    const sessionTimeWrites = lms
      .callsOf('setValue')
      .filter((call) => call.args[0] === model.element.sessionTime);
    lms.faults.refuse.add('terminate');
    adapter.terminate();
    const committed = lms.cmi();
    expect(valueAt(committed, model.element.location)).toBe('page-3');
    if (model.quirks.commitsExitWhenHidden) {
      expect(valueAt(committed, model.element.exit)).toBe('suspend');
      expect(valueAt(committed, model.element.sessionTime)).toBe('00:01:31');
      expect(
        lms.callsOf('setValue').filter((call) => call.args[0] === model.element.sessionTime),
      ).toHaveLength(3);
    } else {
      // 2004: Moodle posts the whole data model on every Commit, so exit waits for Terminate (one beacon).
      expect(sessionTimeWrites).toEqual([]);
    }
  });

  it('exits with suspend while the module is unfinished, and records the session time', () => {
    const lms = recordingLms(version);
    const { adapter, advanceClock } = adapterFor(lms);
    adapter.initialise();
    advanceClock(61_000);
    adapter.terminate();
    expect(lastSet(lms, model.element.exit)).toBe('suspend');
    expect(lastSet(lms, model.element.sessionTime)).toBe(version === '1.2' ? '00:01:01' : 'PT1M1S');
    expect(lms.calls.at(-1)).toMatchObject({ method: 'terminate', result: 'true', error: '0' });
    expect(valueAt(lms.cmi(), model.element.exit)).toBe('suspend');
  });

  it('sends what is unsaved at exit through Terminate alone, and keeps nothing on the device after', () => {
    const lms = recordingLms(version);
    const { adapter, eventKinds, mirrored, storage } = adapterFor(lms);
    adapter.initialise();
    adapter.setLocation('page-2');
    expect(adapter.commit()).toBe(true);
    adapter.setLocation('page-3');
    adapter.setSuspendData('v1;page=3');
    expect(mirrored()).toMatchObject({ location: 'page-3' });

    adapter.terminate();
    expect(lms.callsOf('commit')).toHaveLength(1);
    const terminate = lms.calls.findIndex((call) => call.method === 'terminate');
    const lastSetValue = lms.calls.findLastIndex((call) => call.method === 'setValue');
    expect(lastSetValue).toBeLessThan(terminate);
    expect(lms.calls.slice(terminate)).toHaveLength(1);
    expect(lms.rejectedCalls()).toEqual([]);
    const cmi = lms.cmi();
    expect(valueAt(cmi, model.element.location)).toBe('page-3');
    expect(valueAt(cmi, model.element.suspendData)).toBe('v1;page=3');
    expect(mirrored()).toBeUndefined();
    expect(storage.getItem(`imh-scorm:place:test-course`)).toBeNull();
    expect(eventKinds()).toEqual(['saved', 'saved']);
  });

  it('reports a refused Terminate as failed and keeps the unsaved values in the mirror', () => {
    const lms = recordingLms(version);
    const { adapter, eventKinds, mirrored, events } = adapterFor(lms);
    adapter.initialise();
    adapter.setLocation('page-3');
    lms.faults.refuse.add('terminate');
    adapter.terminate();
    expect(lms.callsOf('commit')).toEqual([]);
    expect(eventKinds()).toEqual(['failed']);
    expect(events[0]).toMatchObject({ fault: expect.stringContaining(model.method.terminate) });
    expect(mirrored()).toMatchObject({ location: 'page-3' });
  });

  it('exits normally once the module is completed', () => {
    const lms = recordingLms(version);
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    adapter.setCompleted(true);
    adapter.terminate();
    expect(lastSet(lms, model.element.exit)).toBe(version === '1.2' ? '' : 'normal');
  });

  it('marks a first launch incomplete', () => {
    const lms = recordingLms(version);
    const { adapter } = adapterFor(lms);
    expect(adapter.initialise()).toMatchObject({
      location: '',
      suspendData: '',
      completed: false,
      credit: true,
    });
    adapter.commit();
    const status = version === '1.2' ? 'core.lesson_status' : 'completion_status';
    expect(valueAt(lms.cmi(), `cmi.${status}`)).toBe('incomplete');
  });

  it('resumes location and suspend data when the entry is resume', () => {
    const { adapter } = adapterFor(recordingLms(version, storedResume(version, 'resume')));
    expect(adapter.initialise()).toMatchObject({
      entry: 'resume',
      location: 'page-4',
      suspendData: 'v1;page=4',
    });
  });

  it('resumes when the LMS sends an empty entry but holds suspend data', () => {
    const { adapter } = adapterFor(recordingLms(version, storedResume(version, '')));
    expect(adapter.initialise()).toMatchObject({
      entry: 'resume',
      location: 'page-4',
      suspendData: 'v1;page=4',
    });
  });

  it('starts afresh on ab-initio without suspend data', () => {
    const stored = storedResume(version, 'ab-initio');
    const cmi = stored.cmi as Record<string, unknown>;
    delete cmi.suspend_data;
    const { adapter } = adapterFor(recordingLms(version, stored));
    expect(adapter.initialise()).toMatchObject({ entry: 'ab-initio', location: '', suspendData: '' });
  });

  it('reports a module finished earlier as completed and does not reset its status', () => {
    const stored =
      version === '1.2'
        ? { cmi: { core: { entry: 'resume', lesson_status: 'passed' } } }
        : { cmi: { entry: 'resume', completion_status: 'completed', success_status: 'passed' } };
    const lms = recordingLms(version, stored);
    const { adapter } = adapterFor(lms);
    expect(adapter.initialise().completed).toBe(true);
    expect(lms.callsOf('setValue')).toEqual([]);
  });

  /** CMI JSON with the given launch mode and credit, as the LMS would hold it at launch. */
  const launchedAs = (mode: string, credit: string) =>
    version === '1.2' ? { cmi: { core: { lesson_mode: mode, credit } } } : { cmi: { mode, credit } };

  it.each([
    ['review', 'credit', 'review'],
    ['browse', 'credit', 'browse'],
    ['normal', 'no-credit', 'no-credit'],
    ['review', 'no-credit', 'review'],
  ] as const)(
    'reports mode %s with %s as %s, without credit, and leaves the status alone',
    (mode, credit, expected) => {
      const lms = recordingLms(version, launchedAs(mode, credit));
      const { adapter } = adapterFor(lms);
      expect(adapter.initialise()).toMatchObject({ mode: expected, credit: false });
      expect(lms.callsOf('setValue')).toEqual([]);
    },
  );

  it('reports a normal launch with credit as normal', () => {
    const { adapter } = adapterFor(recordingLms(version, launchedAs('normal', 'credit')));
    expect(adapter.initialise()).toMatchObject({ mode: 'normal', credit: true });
  });

  it('reports a launch whose mode and credit the LMS left empty as normal', () => {
    const { adapter } = adapterFor(recordingLms(version));
    expect(adapter.initialise()).toMatchObject({ mode: 'normal', credit: true });
  });

  describe('status only moves forward within a session', () => {
    const statusOf = (lms: RecordingLms) =>
      version === '1.2'
        ? [valueAt(lms.cmi(), 'cmi.core.lesson_status')]
        : [valueAt(lms.cmi(), 'cmi.completion_status'), valueAt(lms.cmi(), 'cmi.success_status')];

    it('keeps passed after setPassed(false) and setPassed(undefined)', () => {
      const lms = recordingLms(version);
      const { adapter } = adapterFor(lms);
      adapter.initialise();
      adapter.setPassed(true);
      adapter.setPassed(false);
      adapter.setPassed(undefined);
      adapter.commit();
      expect(statusOf(lms)).toEqual(version === '1.2' ? ['passed'] : ['incomplete', 'passed']);
      const statusWrites = lms.callsOf('setValue').filter((call) => /status$/.test(call.args[0]!));
      expect(statusWrites.map((call) => call.args[1])).not.toContain('failed');
    });

    it('keeps completed after setCompleted(false)', () => {
      const lms = recordingLms(version);
      const { adapter } = adapterFor(lms);
      adapter.initialise();
      adapter.setCompleted(true);
      adapter.setCompleted(false);
      adapter.commit();
      expect(statusOf(lms)).toEqual(version === '1.2' ? ['completed'] : ['completed', 'unknown']);
      adapter.terminate();
      expect(lastSet(lms, model.element.exit)).toBe(model.exit.normal);
    });

    it('lets failed move on to passed', () => {
      const lms = recordingLms(version);
      const { adapter } = adapterFor(lms);
      adapter.initialise();
      adapter.setPassed(false);
      adapter.commit();
      expect(statusOf(lms)).toEqual(version === '1.2' ? ['failed'] : ['incomplete', 'failed']);
      adapter.setPassed(true);
      adapter.setCompleted(true);
      adapter.commit();
      expect(statusOf(lms)).toEqual(version === '1.2' ? ['passed'] : ['completed', 'passed']);
    });
  });

  it('updates an objective the LMS already holds and appends new ones', () => {
    const lms = recordingLms(version, storedResume(version, 'resume', { objectives: { 0: { id: 'D1.2' } } }));
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    adapter.setObjective({ id: 'D2.1', scorePercent: 50, status: 'failed' });
    adapter.setObjective({ id: 'D1.2', scorePercent: 100, status: 'passed' });
    adapter.commit();
    const cmi = lms.cmi();
    expect(valueAt(cmi, 'cmi.objectives.0.id')).toBe('D1.2');
    expect(valueAt(cmi, 'cmi.objectives.0.score.raw')).toBe('100');
    expect(valueAt(cmi, 'cmi.objectives.1.id')).toBe('D2.1');
    expect(Object.keys(valueAt(cmi, 'cmi.objectives') as object)).toHaveLength(2);
  });
});

describe('going on to the next activity (SCORM 2004 sequencing)', () => {
  /** A SCORM 2004 LMS whose adl.nav.request_valid.continue reads as `answer`. */
  function lmsAnsweringContinue(answer: string): RecordingLms {
    const lms = recordingLms('2004');
    const read = lms.api.GetValue!;
    lms.api.GetValue = (element: string) =>
      element === 'adl.nav.request_valid.continue' ? answer : read(element);
    return lms;
  }

  it('asks the LMS whether a next activity exists and, when it does, requests it just before Terminate', () => {
    const lms = lmsAnsweringContinue('true');
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    expect(adapter.canContinue()).toBe(true);

    adapter.continueToNext();
    const request = lms.calls.findIndex((c) => c.method === 'setValue' && c.args[0] === 'adl.nav.request');
    const terminate = lms.calls.findIndex((c) => c.method === 'terminate');
    expect(lms.calls[request]).toMatchObject({ args: ['adl.nav.request', 'continue'], error: '0' });
    expect(request).toBeGreaterThan(-1);
    expect(terminate).toBeGreaterThan(request);
    expect(lms.callsOf('terminate')).toHaveLength(1);
    expect(lms.callsOf('commit')).toEqual([]);
    expect(lms.rejectedCalls()).toEqual([]);
  });

  it.each(['false', ''])('offers no next activity when the LMS answers %j', (answer) => {
    const { adapter } = adapterFor(lmsAnsweringContinue(answer));
    adapter.initialise();
    expect(adapter.canContinue()).toBe(false);
  });

  // Moodle 4.5 answers "unknown", accepts continue, then loads the next SCO without a fresh API (its Initialize
  // fails with 104 and nothing of it is stored). Fails when "unknown" is taken as a yes.
  it('offers no next activity when the LMS answers unknown (as Moodle does): the learner uses its menu', () => {
    const lms = lmsAnsweringContinue('unknown');
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    expect(adapter.canContinue()).toBe(false);
  });

  it('offers no next activity before initialise', () => {
    const { adapter } = adapterFor(lmsAnsweringContinue('true'));
    expect(adapter.canContinue()).toBe(false);
  });

  it('SCORM 1.2 has no navigation requests: continueToNext just ends the session', () => {
    const lms = recordingLms('1.2');
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    expect(adapter.canContinue()).toBe(false);
    adapter.continueToNext();
    expect(lms.calls.some((c) => c.args[0]?.startsWith('adl.'))).toBe(false);
    expect(lms.callsOf('terminate')).toHaveLength(1);
  });
});
