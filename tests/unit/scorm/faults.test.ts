// @vitest-environment happy-dom
/**
 * LMS faults lose nothing: what was set stays in the local mirror until a Commit succeeds, reaches the LMS once
 * it works again, and the save states tell the learner (retrying → failed, then recovered).
 */
import { describe, expect, it } from 'vitest';
import { dataModels } from '../../../src/scorm/data-model.ts';
import type { InteractionReport, ScormVersion } from '../../../src/scorm/lms-adapter.ts';
import { adapterFor, MIRROR_KEY, valueAt } from './support/adapter-fixture.ts';
import { learnerKeyed } from '../../../src/scorm/save-mirror.ts';
import { memoryStore } from '../../../src/scorm/local-store.ts';
import { recordingLms, type RecordingLms } from './support/recording-api.ts';

const answer: InteractionReport = {
  id: 'q1-attempt-1',
  type: 'true-false',
  description: 'Babies communicate from birth.',
  learnerResponse: ['t'],
  correctResponse: ['t'],
  correct: true,
  weighting: 1,
  latencyMs: 8_000,
  timestamp: new Date(2026, 1, 2, 10, 0, 0),
  objectiveIds: ['D1.1', 'D1.2'],
};

type Fault = [name: string, inject: (lms: RecordingLms) => void, heal: (lms: RecordingLms) => void];

const faults: Fault[] = [
  ['SetValue returns false', (lms) => lms.faults.refuse.add('setValue'), (lms) => lms.faults.refuse.clear()],
  ['Commit returns false', (lms) => lms.faults.refuse.add('commit'), (lms) => lms.faults.refuse.clear()],
  [
    'GetLastError reports an error',
    (lms) => (lms.faults.errorCode = '101'),
    (lms) => (lms.faults.errorCode = undefined),
  ],
  [
    'the API methods throw',
    (lms) =>
      ['setValue', 'commit'].forEach((method) => lms.faults.throwing.add(method as 'setValue' | 'commit')),
    (lms) => lms.faults.throwing.clear(),
  ],
  ['the API vanishes mid-session', (lms) => lms.vanish(), (lms) => lms.restore()],
];

function setPageTwo(adapter: ReturnType<typeof adapterFor>['adapter']): void {
  adapter.setLocation('page-2');
  adapter.setSuspendData('v1;page=2');
  adapter.recordInteraction(answer);
}

function expectPageTwoInLms(lms: RecordingLms): void {
  const cmi = lms.cmi();
  const { element } = dataModels[lms.version];
  expect(valueAt(cmi, element.location)).toBe('page-2');
  expect(valueAt(cmi, element.suspendData)).toBe('v1;page=2');
  expect(valueAt(cmi, 'cmi.interactions.0.id')).toBe('q1-attempt-1');
  expect(valueAt(cmi, 'cmi.interactions.0.objectives.1.id')).toBe('D1.2');
}

describe.each(['1.2', '2004'] as const)('faults (SCORM %s)', (version) => {
  describe.each(faults)('%s', (_name, inject, heal) => {
    it('keeps the values in the mirror, retries with backoff, reports failed, then recovers', () => {
      const lms = recordingLms(version);
      const fixture = adapterFor(lms);
      const { adapter, scheduler, eventKinds, mirrored } = fixture;
      adapter.initialise();
      adapter.commit();
      inject(lms);
      setPageTwo(adapter);
      expect(adapter.commit()).toBe(false);
      expect(mirrored()).toMatchObject({
        location: 'page-2',
        suspendData: 'v1;page=2',
        interactions: [{ id: answer.id }],
      });

      scheduler.runAll();
      expect(scheduler.delays).toEqual([500, 2000, 5000]);
      expect(eventKinds()).toEqual(['saved', 'retrying', 'retrying', 'retrying', 'failed']);
      expect(fixture.events[3]).toMatchObject({ kind: 'retrying', attempt: 3 });
      expect(fixture.events[4]).toMatchObject({ kind: 'failed', keptIn: 'browser' });
      expect(adapter.lastFault).toBeDefined();
      // Each retrying and failed state carries the LMS's technical account of the fault.
      for (const state of fixture.events.slice(1))
        expect(state).toMatchObject({ fault: expect.stringMatching(/\S/) });
      expect(fixture.events[4]).toMatchObject({ fault: adapter.lastFault });

      heal(lms);
      const callsBefore = lms.calls.length;
      expect(adapter.commit()).toBe(true);
      expect(eventKinds().at(-1)).toBe('recovered');
      expectPageTwoInLms(lms);
      expect(mirrored()).toBeUndefined();
      // Everything unsaved was re-sent before the Commit that succeeded.
      const healedCalls = lms.calls.slice(callsBefore);
      const methods = healedCalls.map((call) => call.method);
      expect(methods.indexOf('setValue')).toBeLessThan(methods.indexOf('commit'));
      expect(healedCalls.filter((call) => call.error !== '0')).toEqual([]);
    });

    it('recovers on a scheduled retry without another commit', () => {
      const lms = recordingLms(version);
      const { adapter, scheduler, eventKinds } = adapterFor(lms);
      adapter.initialise();
      inject(lms);
      setPageTwo(adapter);
      adapter.commit();
      heal(lms);
      scheduler.runAll();
      expect(eventKinds()).toEqual(['retrying', 'recovered']);
      expectPageTwoInLms(lms);
    });
  });

  it('switches to the LMS API that replaced a vanished one, initialising it first', () => {
    const first = recordingLms(version);
    const second = recordingLms(version);
    const { adapter, eventKinds } = adapterFor(first, { relocateApi: () => second.api });
    adapter.initialise();
    first.vanish();
    setPageTwo(adapter);
    expect(adapter.commit()).toBe(true);
    expect(second.callsOf('initialize')).toHaveLength(1);
    expectPageTwoInLms(second);
    expect(second.rejectedCalls()).toEqual([]);
    // The learner never saw a failed save, so this one is an ordinary save.
    expect(eventKinds()).toEqual(['saved']);
  });

  describe('Initialize fails', () => {
    it('works locally, says so, and sends everything once a later commit reaches the LMS', () => {
      const lms = recordingLms(version);
      lms.faults.refuse.add('initialize');
      const { adapter, eventKinds, mirrored } = adapterFor(lms);
      expect(adapter.initialise()).toMatchObject({ location: '', suspendData: '', credit: true });
      expect(eventKinds()).toEqual(['local-only']);
      setPageTwo(adapter);
      adapter.setObjective({ id: 'D1.2', scorePercent: 100, status: 'passed' });
      expect(adapter.commit()).toBe(false);
      expect(eventKinds()).toEqual(['local-only']);
      // Nothing is kept on the device for a learner the LMS has not named: it could be anybody's browser.
      expect(mirrored()).toBeUndefined();

      lms.faults.refuse.clear();
      expect(adapter.commit()).toBe(true);
      expect(eventKinds()).toEqual(['local-only', 'recovered']);
      expectPageTwoInLms(lms);
      expect(valueAt(lms.cmi(), 'cmi.objectives.0.id')).toBe('D1.2');
      // Tried at launch, at the first commit, and again at the second.
      expect(lms.callsOf('initialize').map((call) => call.result)).toEqual(['false', 'false', 'true']);
      expect(lms.rejectedCalls().filter((call) => call.method !== 'initialize')).toEqual([]);
      expect(mirrored()).toBeUndefined();
    });

    it('keeps retrying Initialize with backoff', () => {
      const lms = recordingLms(version);
      lms.faults.refuse.add('initialize');
      const { adapter, scheduler, eventKinds } = adapterFor(lms);
      adapter.initialise();
      setPageTwo(adapter);
      scheduler.runWaiting();
      lms.faults.refuse.clear();
      scheduler.runAll();
      expect(scheduler.delays).toEqual([500, 2000]);
      expect(eventKinds()).toEqual(['local-only', 'recovered']);
      expectPageTwoInLms(lms);
    });

    it('terminates after a late Initialize at exit', () => {
      const lms = recordingLms(version);
      lms.faults.refuse.add('initialize');
      const { adapter } = adapterFor(lms);
      adapter.initialise();
      setPageTwo(adapter);
      lms.faults.refuse.clear();
      adapter.terminate();
      expectPageTwoInLms(lms);
      expect(lms.callsOf('terminate')).toHaveLength(1);
      expect(lms.callsOf('commit')).toEqual([]);
      expect(lms.rejectedCalls().filter((call) => call.method !== 'initialize')).toEqual([]);
    });
  });

  describe('fault text in the save states', () => {
    const { method } = dataModels[version];

    it("gives 'retrying' and 'failed' the LMS's error code and the call that failed", () => {
      const lms = recordingLms(version);
      const { adapter, scheduler, events } = adapterFor(lms);
      adapter.initialise();
      lms.faults.refuse.add('commit');
      setPageTwo(adapter);
      adapter.commit();
      scheduler.runAll();
      const troubled = events.filter((state) => state.kind === 'retrying' || state.kind === 'failed');
      expect(troubled.map((state) => state.kind)).toEqual(['retrying', 'retrying', 'retrying', 'failed']);
      for (const state of troubled)
        expect(state).toMatchObject({
          fault: expect.stringMatching(new RegExp(`^${method.commit}\\(.*\\) failed: error 101`)),
        });
    });

    // Fails when the retries stop after the quick backoff (they did after ~7.5 s, and the LMS never got the data).
    it('keeps trying after telling the learner, and saves once the LMS answers minutes later', () => {
      const lms = recordingLms(version);
      const fixture = adapterFor(lms);
      const { adapter, scheduler, eventKinds, mirrored } = fixture;
      adapter.initialise();
      lms.faults.refuse.add('commit');
      setPageTwo(adapter);
      adapter.commit();
      scheduler.runAll();
      expect(eventKinds().at(-1)).toBe('failed');
      for (let minute = 0; minute < 4; minute++) expect(scheduler.runKeepTrying()).toBe(true);
      expect(eventKinds().filter((kind) => kind === 'failed')).toHaveLength(1);
      lms.faults.refuse.clear();
      expect(scheduler.runKeepTrying()).toBe(true);
      expect(eventKinds().at(-1)).toBe('recovered');
      expectPageTwoInLms(lms);
      expect(mirrored()).toBeUndefined();
      expect(scheduler.runKeepTrying()).toBe(false);
    });

    // Fails when the failed notice claims "kept in this browser" while storage is blocked (memory only).
    it('says progress is kept only in this window when the browser blocks storage', () => {
      const lms = recordingLms(version);
      const { adapter, scheduler, events } = adapterFor(lms, { storage: memoryStore() });
      adapter.initialise();
      lms.faults.refuse.add('commit');
      setPageTwo(adapter);
      adapter.commit();
      scheduler.runAll();
      expect(events.at(-1)).toMatchObject({ kind: 'failed', keptIn: 'page' });
    });

    it("gives the 'failed' state at exit the fault of the refused Terminate", () => {
      const lms = recordingLms(version);
      const { adapter, events } = adapterFor(lms);
      adapter.initialise();
      lms.faults.throwing.add('terminate');
      adapter.terminate();
      expect(events).toEqual([
        {
          kind: 'failed',
          keptIn: 'browser',
          fault: `${method.terminate}() threw: ${method.terminate} is broken`,
        },
      ]);
    });

    it('sends no fault with saved or recovered', () => {
      const lms = recordingLms(version);
      const { adapter, scheduler, events } = adapterFor(lms);
      adapter.initialise();
      lms.faults.refuse.add('commit');
      setPageTwo(adapter);
      adapter.commit();
      lms.faults.refuse.clear();
      scheduler.runAll();
      expect(events.at(-1)).toEqual({ kind: 'recovered' });
    });
  });

  describe('an LMS that returns "false" with error code 0', () => {
    it('counts such a SetValue as accepted: saved, nothing retried, nothing left in the mirror', () => {
      const lms = recordingLms(version);
      lms.faults.falseWithoutError.add('setValue');
      const { adapter, scheduler, eventKinds, mirrored } = adapterFor(lms);
      adapter.initialise();
      setPageTwo(adapter);
      expect(lms.callsOf('setValue').every((call) => call.result === 'false' && call.error === '0')).toBe(
        true,
      );
      expect(adapter.commit()).toBe(true);
      expect(eventKinds()).toEqual(['saved']);
      expect(scheduler.delays).toEqual([]);
      expect(adapter.lastFault).toBeUndefined();
      expect(mirrored()).toBeUndefined();
      // Nothing was re-sent: each value went to the LMS once.
      const suspendWrites = lms
        .callsOf('setValue')
        .filter((call) => call.args[0] === dataModels[version].element.suspendData);
      expect(suspendWrites).toHaveLength(1);
      expectPageTwoInLms(lms);

      adapter.setLocation('page-3');
      adapter.terminate();
      expect(eventKinds()).toEqual(['saved', 'saved']);
      expect(lms.callsOf('terminate')).toHaveLength(1);
    });

    // ILIAS 8's 2004 player ("Exit All"): Terminate answers "false" with error 0 and keeps the data. Fails when
    // LmsConnection.terminate() judges by the result alone.
    it('counts such a Terminate as ended and saved: no failed notice, no diagnostic', () => {
      const lms = recordingLms(version);
      lms.faults.falseWithoutError.add('terminate');
      const { adapter, eventKinds } = adapterFor(lms);
      adapter.initialise();
      setPageTwo(adapter);
      adapter.terminate();
      expect(lms.callsOf('terminate')).toMatchObject([{ result: 'false', error: '0' }]);
      expect(eventKinds()).toEqual(['saved']);
      expect(adapter.lastFault).toBeUndefined();
    });

    it('counts such a Commit as refused: the rule covers SetValue and Terminate only, so the save is retried', () => {
      const lms = recordingLms(version);
      lms.faults.falseWithoutError.add('commit');
      const { adapter, scheduler, eventKinds, mirrored, events } = adapterFor(lms);
      adapter.initialise();
      setPageTwo(adapter);
      expect(adapter.commit()).toBe(false);
      expect(lms.callsOf('commit')).toMatchObject([{ result: 'false', error: '0' }]);
      expect(mirrored()).toMatchObject({ location: 'page-2' });
      expect(scheduler.delays).toEqual([500]);
      lms.faults.falseWithoutError.clear();
      scheduler.runAll();
      expect(eventKinds()).toEqual(['retrying', 'recovered']);
      expect(events[0]).toMatchObject({
        fault: `${dataModels[version].method.commit}() failed: returned "false"`,
      });
      expect(mirrored()).toBeUndefined();
    });
  });

  describe('the next launch', () => {
    /** A session whose saves all fail after the learner reached page 3 from `stored`. */
    function failedSession(stored?: Record<string, unknown>) {
      const lms = recordingLms(version, stored);
      const fixture = adapterFor(lms);
      fixture.adapter.initialise();
      lms.faults.refuse.add('commit').add('terminate');
      fixture.adapter.setLocation('page-3');
      fixture.adapter.setSuspendData('v1;page=3');
      fixture.adapter.commit();
      fixture.adapter.terminate();
      expect(fixture.eventKinds().at(-1)).toBe('failed');
      return fixture;
    }

    const resumeAt = (version: ScormVersion, page: number, learner = 'learner-1') =>
      version === '1.2'
        ? {
            cmi: {
              core: {
                entry: 'resume',
                lesson_status: 'incomplete',
                lesson_location: `page-${page}`,
                student_id: learner,
              },
              suspend_data: `v1;page=${page}`,
            },
          }
        : {
            cmi: {
              entry: 'resume',
              completion_status: 'incomplete',
              location: `page-${page}`,
              learner_id: learner,
              suspend_data: `v1;page=${page}`,
            },
          };

    it('resumes from the mirror when the LMS lost everything, and sends it', () => {
      const { storage } = failedSession();
      const lms = recordingLms(version);
      const { adapter, mirrored } = adapterFor(lms, { storage });
      expect(adapter.initialise()).toMatchObject({
        entry: 'resume',
        location: 'page-3',
        suspendData: 'v1;page=3',
      });
      expect(adapter.commit()).toBe(true);
      expect(valueAt(lms.cmi(), dataModels[version].element.suspendData)).toBe('v1;page=3');
      expect(mirrored()).toBeUndefined();
    });

    it('resumes from the mirror when the LMS still holds the older state it was built on', () => {
      const { storage } = failedSession(resumeAt(version, 1));
      const { adapter } = adapterFor(recordingLms(version, resumeAt(version, 1)), { storage });
      expect(adapter.initialise()).toMatchObject({ location: 'page-3', suspendData: 'v1;page=3' });
    });

    it('prefers the LMS when it has moved on since (another device)', () => {
      const { storage } = failedSession(resumeAt(version, 1));
      const { adapter, mirrored } = adapterFor(recordingLms(version, resumeAt(version, 7)), { storage });
      expect(adapter.initialise()).toMatchObject({ location: 'page-7', suspendData: 'v1;page=7' });
      expect(mirrored()).toBeUndefined();
    });

    it("ignores another learner's mirror", () => {
      const { storage } = failedSession(resumeAt(version, 1, 'learner-1'));
      const { adapter } = adapterFor(recordingLms(version, resumeAt(version, 1, 'learner-2')), { storage });
      expect(adapter.initialise()).toMatchObject({ location: 'page-1', suspendData: 'v1;page=1' });
    });

    describe('while Initialize fails', () => {
      /** A session from page 1 to page 3 whose every save the LMS accepted: it leaves no mirror. */
      function savedSession(learner = 'learner-1') {
        const fixture = adapterFor(recordingLms(version, resumeAt(version, 1, learner)));
        fixture.adapter.initialise();
        fixture.adapter.setLocation('page-3');
        fixture.adapter.setSuspendData('v1;page=3');
        expect(fixture.adapter.commit()).toBe(true);
        fixture.adapter.terminate();
        expect(fixture.mirrored()).toBeUndefined();
        return fixture;
      }

      /** An LMS holding the learner at `page` whose Initialize throws (or refuses) for now. */
      function unreachableLms(
        page: number,
        learner = 'learner-1',
        fault: 'throwing' | 'refuse' = 'throwing',
      ) {
        const lms = recordingLms(version, resumeAt(version, page, learner));
        lms.faults[fault].add('initialize');
        return lms;
      }

      const heal = (lms: RecordingLms) => {
        lms.faults.throwing.clear();
        lms.faults.refuse.clear();
      };

      const placeIn = (lms: RecordingLms) => {
        const { element } = dataModels[version];
        return [valueAt(lms.cmi(), element.location), valueAt(lms.cmi(), element.suspendData)];
      };

      // Shared devices: which learner this is stays unknown until the LMS answers, so nothing kept here is reused.
      // Fails when a local-only launch resumes from the last saved place or a mirror (learner B got A's pass).
      it.each(['throwing', 'refuse'] as const)(
        'starts afresh, reusing nothing kept on this device (Initialize %s)',
        (fault) => {
          const { storage } = savedSession();
          const { adapter, eventKinds } = adapterFor(unreachableLms(3, 'learner-1', fault), { storage });
          expect(adapter.initialise()).toMatchObject({
            entry: 'ab-initio',
            location: '',
            suspendData: '',
            completed: false,
          });
          expect(eventKinds()).toEqual(['local-only']);
        },
      );

      it("a session that started from nothing does not overwrite the LMS's place when it answers", () => {
        const lms = unreachableLms(3);
        const { adapter } = adapterFor(lms);
        expect(adapter.initialise()).toMatchObject({ entry: 'ab-initio', location: '', suspendData: '' });
        adapter.setLocation('welcome');
        adapter.setSuspendData('v1;page=0');
        adapter.setObjective({ id: 'D1.2', scorePercent: 100, status: 'passed' });
        heal(lms);
        expect(adapter.commit()).toBe(true);
        expect(placeIn(lms)).toEqual(['page-3', 'v1;page=3']);
        expect(valueAt(lms.cmi(), 'cmi.objectives.0.id')).toBe('D1.2');
        expect(lms.rejectedCalls().filter((call) => call.method !== 'initialize')).toEqual([]);
        // The trade-off: the learner's next page turn writes this session's state as usual.
        adapter.setLocation('page-1');
        adapter.setSuspendData('v1;page=1');
        adapter.commit();
        expect(placeIn(lms)).toEqual(['page-1', 'v1;page=1']);
      });

      it("does not resume another learner's place than the mirror's", () => {
        const { storage } = savedSession('learner-1');
        storage.setItem(
          learnerKeyed(MIRROR_KEY, 'learner-2'),
          JSON.stringify({
            format: 1,
            learnerId: 'learner-2',
            base: '',
            progress: { objectives: [], interactions: [answer] },
          }),
        );
        const { adapter } = adapterFor(unreachableLms(1, 'learner-2'), { storage });
        expect(adapter.initialise()).toMatchObject({ entry: 'ab-initio', location: '', suspendData: '' });
      });

      it("never sends another learner's place to the LMS", () => {
        const { storage } = savedSession('learner-1');
        const lms = unreachableLms(1, 'learner-2');
        const { adapter } = adapterFor(lms, { storage });
        // Which learner this is stays unknown until the LMS answers: nothing kept here is used.
        expect(adapter.initialise()).toMatchObject({ location: '' });
        adapter.setLocation('page-4');
        adapter.setSuspendData('v1;page=4');
        heal(lms);
        expect(adapter.commit()).toBe(true);
        expect(placeIn(lms)).toEqual(['page-1', 'v1;page=1']);
      });
    });
  });
});

describe('SCORM 2004 quirks', () => {
  it('continues a session the LMS reports as already initialised (error 103, a reloaded SCO frame)', () => {
    const lms = recordingLms('2004');
    lms.api.Initialize?.('');
    const { adapter, eventKinds } = adapterFor(lms);
    adapter.initialise();
    expect(lms.callsOf('initialize').map((call) => call.error)).toEqual(['0', '103']);
    setPageTwo(adapter);
    expect(adapter.commit()).toBe(true);
    expect(eventKinds()).toEqual(['saved']);
    expectPageTwoInLms(lms);
  });
});
