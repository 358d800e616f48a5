// @vitest-environment happy-dom
/** Initialize once, Terminate once, exit and session time, and what a relaunch resumes. */
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
    const onHidden = () => adapter.commit('hidden');
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', () => adapter.terminate(), { once: true });
    adapter.initialise();
    adapter.terminate();
    adapter.terminate();
    window.dispatchEvent(new Event('pagehide'));
    adapter.commit('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    document.removeEventListener('visibilitychange', onHidden);
    expect(lms.callsOf('terminate')).toHaveLength(1);
    expect(lms.callsOf('commit')).toHaveLength(1);
    expect(lms.rejectedCalls()).toEqual([]);
  });

  it('exits with suspend while the module is unfinished, and records the session time', () => {
    const lms = recordingLms(version);
    const { adapter, advanceClock } = adapterFor(lms);
    adapter.initialise();
    advanceClock(61_000);
    adapter.terminate();
    expect(lastSet(lms, model.element.exit)).toBe('suspend');
    expect(lastSet(lms, model.element.sessionTime)).toBe(version === '1.2' ? '00:01:01' : 'PT1M1S');
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
    adapter.commit('page');
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

  it('reports browse or review mode as no credit and leaves the status alone', () => {
    const stored =
      version === '1.2' ? { cmi: { core: { lesson_mode: 'browse' } } } : { cmi: { mode: 'review' } };
    const lms = recordingLms(version, stored);
    const { adapter } = adapterFor(lms);
    expect(adapter.initialise().credit).toBe(false);
    expect(lms.callsOf('setValue')).toEqual([]);
  });

  it('updates an objective the LMS already holds and appends new ones', () => {
    const lms = recordingLms(version, storedResume(version, 'resume', { objectives: { 0: { id: 'D1.2' } } }));
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    adapter.setObjective({ id: 'D2.1', scorePercent: 50, status: 'failed' });
    adapter.setObjective({ id: 'D1.2', scorePercent: 100, status: 'passed' });
    adapter.commit('attempt');
    const cmi = lms.cmi();
    expect(valueAt(cmi, 'cmi.objectives.0.id')).toBe('D1.2');
    expect(valueAt(cmi, 'cmi.objectives.0.score.raw')).toBe('100');
    expect(valueAt(cmi, 'cmi.objectives.1.id')).toBe('D2.1');
    expect(Object.keys(valueAt(cmi, 'cmi.objectives') as object)).toHaveLength(2);
  });
});

describe('going on to the next activity (SCORM 2004 sequencing)', () => {
  it('asks the LMS whether a next activity exists and, when it does, requests it just before Terminate', () => {
    const lms = recordingLms('2004');
    const read = lms.api.GetValue!;
    lms.api.GetValue = (element: string) =>
      element === 'adl.nav.request_valid.continue' ? 'true' : read(element);
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
    expect(lms.rejectedCalls()).toEqual([]);
  });

  it('offers no next activity when the LMS says none is valid', () => {
    const { adapter } = adapterFor(recordingLms('2004'));
    adapter.initialise();
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
