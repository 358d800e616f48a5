// @vitest-environment happy-dom
/**
 * stopRecording(): review, browse or a tab that is behind another writes nothing more to the LMS. 'terminate' ends
 * the session with Terminate alone; 'abandon' ends it with no Terminate at all (in Moodle 2004 that would post this
 * tab's older data model over the newer one).
 */
import { describe, expect, it } from 'vitest';
import { dataModels } from '../../../src/scorm/data-model.ts';
import type { InteractionReport, LmsAdapter, ScormVersion } from '../../../src/scorm/lms-adapter.ts';
import { adapterFor, valueAt } from './support/adapter-fixture.ts';
import { recordingLms } from './support/recording-api.ts';

const answer: InteractionReport = {
  id: 'q1-attempt-2',
  type: 'true-false',
  description: 'Babies communicate from birth.',
  learnerResponse: ['f'],
  correctResponse: ['t'],
  correct: false,
  weighting: 1,
  latencyMs: 4_000,
  timestamp: new Date(2026, 1, 2, 10, 0, 0),
  objectiveIds: ['D1.1'],
};

/** Every kind of write a learner's session makes, then a commit. */
function writeEverything(adapter: LmsAdapter): boolean {
  adapter.setLocation('page-9');
  adapter.setSuspendData('v1;page=9');
  adapter.setProgress(0.5);
  adapter.setScore({ raw: 25, min: 0, max: 100 });
  adapter.setObjective({ id: 'D1.1', scorePercent: 0, status: 'failed' });
  adapter.recordInteraction(answer);
  adapter.setPassed(false);
  adapter.setCompleted(true);
  return adapter.commit();
}

/** A finished attempt, reopened as Moodle does after it: review mode. */
function reviewLaunch(version: ScormVersion) {
  return version === '1.2'
    ? {
        cmi: {
          core: {
            entry: 'resume',
            lesson_mode: 'review',
            lesson_status: 'passed',
            lesson_location: 'page-4',
          },
          suspend_data: 'v1;page=4',
        },
      }
    : {
        cmi: {
          entry: 'resume',
          mode: 'review',
          completion_status: 'completed',
          success_status: 'passed',
          location: 'page-4',
          suspend_data: 'v1;page=4',
        },
      };
}

describe.each(['1.2', '2004'] as const)('stopRecording (SCORM %s)', (version) => {
  const { element } = dataModels[version];

  describe("'terminate'", () => {
    it('writes nothing more and ends with Terminate alone', () => {
      const lms = recordingLms(version, reviewLaunch(version));
      const { adapter, eventKinds, mirrored } = adapterFor(lms);
      expect(adapter.initialise()).toMatchObject({ mode: 'review', credit: false });
      const callsAtLaunch = lms.calls.length;

      adapter.stopRecording('terminate');
      expect(writeEverything(adapter)).toBe(true);
      adapter.terminate();
      adapter.terminate();

      expect(lms.calls.slice(callsAtLaunch)).toMatchObject([{ method: 'terminate', error: '0' }]);
      expect(lms.callsOf('setValue')).toEqual([]);
      expect(lms.callsOf('commit')).toEqual([]);
      const cmi = lms.cmi();
      expect(valueAt(cmi, element.location)).toBe('page-4');
      expect(valueAt(cmi, element.suspendData)).toBe('v1;page=4');
      expect(valueAt(cmi, 'cmi.interactions.0.id')).toBeUndefined();
      expect(mirrored()).toBeUndefined();
      expect(eventKinds()).toEqual([]);
    });

    it('drops unsaved changes from the mirror and sends no exit or session time', () => {
      const lms = recordingLms(version);
      const { adapter, mirrored } = adapterFor(lms);
      adapter.initialise();
      adapter.setLocation('page-2');
      expect(mirrored()).toMatchObject({ location: 'page-2' });
      const setValuesBefore = lms.callsOf('setValue').length;

      adapter.stopRecording('terminate');
      expect(mirrored()).toBeUndefined();
      writeEverything(adapter);
      adapter.terminate();
      expect(lms.callsOf('setValue')).toHaveLength(setValuesBefore);
      expect(lms.callsOf('setValue').map((call) => call.args[0])).not.toContain(element.exit);
      expect(lms.callsOf('setValue').map((call) => call.args[0])).not.toContain(element.sessionTime);
      expect(lms.callsOf('terminate')).toHaveLength(1);
    });

    it('cancels a pending retry', () => {
      const lms = recordingLms(version);
      const { adapter, scheduler, eventKinds } = adapterFor(lms);
      adapter.initialise();
      lms.faults.refuse.add('commit');
      adapter.setLocation('page-2');
      expect(adapter.commit()).toBe(false);
      expect(eventKinds()).toEqual(['retrying']);
      adapter.stopRecording('terminate');
      const callsAtStop = lms.calls.length;
      lms.faults.refuse.clear();
      expect(scheduler.runWaiting()).toBe(0);
      expect(lms.calls).toHaveLength(callsAtStop);
      expect(eventKinds()).toEqual(['retrying']);
    });
  });

  describe("'abandon'", () => {
    it('writes nothing more and never Terminates, however the session ends', () => {
      const lms = recordingLms(version);
      const { adapter, mirrored, scheduler } = adapterFor(lms);
      adapter.initialise();
      adapter.setLocation('page-2');
      const callsAtStop = lms.calls.length;

      adapter.stopRecording('abandon');
      expect(writeEverything(adapter)).toBe(true);
      adapter.continueToNext();
      adapter.terminate();
      scheduler.runAll();

      expect(lms.calls).toHaveLength(callsAtStop);
      expect(lms.callsOf('terminate')).toEqual([]);
      expect(lms.callsOf('commit')).toEqual([]);
      expect(mirrored()).toBeUndefined();
      // The session is over all the same: nothing is sent afterwards either.
      expect(adapter.commit()).toBe(false);
    });
  });
});

describe('stopRecording with a next activity (SCORM 2004)', () => {
  it("'abandon' does not request the next activity", () => {
    const lms = recordingLms('2004');
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    adapter.stopRecording('abandon');
    adapter.continueToNext();
    expect(lms.calls.some((call) => call.args[0] === 'adl.nav.request')).toBe(false);
    expect(lms.callsOf('terminate')).toEqual([]);
  });
});
