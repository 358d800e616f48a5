// @vitest-environment happy-dom
/**
 * Nothing the LMS holds goes backwards within an LMS attempt: status, score and every objective move only forward,
 * whatever a later session reports (a retake after a pass, a relaunch that cannot read its resume state, a course
 * update), and a launch whose reads fail writes nothing over the record. Against scorm-again in both versions.
 */
import { describe, expect, it } from 'vitest';
import { dataModels } from '../../../src/scorm/data-model.ts';
import type { ObjectiveReport, ScormVersion } from '../../../src/scorm/lms-adapter.ts';
import { StandaloneAdapter } from '../../../src/scorm/standalone-adapter.ts';
import { adapterFor, deviceStore, valueAt } from './support/adapter-fixture.ts';
import { recordingLms, type RecordingLms } from './support/recording-api.ts';

const passedObjective: ObjectiveReport = { id: 'D1.2', scorePercent: 100, status: 'passed' };

/** The record a learner leaves after passing at 92 with D1.2 passed at 100, as the next launch finds it. */
function passedRecord(version: ScormVersion): Record<string, unknown> {
  const lms = recordingLms(version);
  const { adapter } = adapterFor(lms);
  adapter.initialise();
  adapter.setObjective(passedObjective);
  adapter.setScore({ raw: 92, min: 0, max: 100 });
  adapter.setCompleted(true);
  adapter.setPassed(true);
  adapter.setLocation('page-9');
  adapter.terminate();
  return lms.cmi();
}

function objectiveHeld(lms: RecordingLms) {
  const model = dataModels[lms.version];
  const cmi = lms.cmi();
  const at = `${model.element.objectives}.0`;
  return {
    id: valueAt(cmi, `${at}.id`),
    status: model.objective.readStatus((element) => String(valueAt(cmi, element) ?? ''), at),
    score: Number(valueAt(cmi, `${at}.score.raw`)),
  };
}

const scoreHeld = (lms: RecordingLms) =>
  Number(valueAt(lms.cmi(), `${dataModels[lms.version].element.score}.raw`));

describe.each(['1.2', '2004'] as const)('nothing goes backwards (SCORM %s)', (version) => {
  // Fails when objectives are registered again over a record (the old "no resume state" guard) or when
  // setObjective has no forward rule.
  it('a relaunch that registers every objective again leaves a passed objective passed at 100', () => {
    const lms = recordingLms(version, passedRecord(version));
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    adapter.setObjective({ id: 'D1.2', scorePercent: 0, status: 'not attempted' });
    adapter.setObjective({ id: 'D2.1', scorePercent: 0, status: 'not attempted' });
    adapter.terminate();
    expect(objectiveHeld(lms)).toEqual({ id: 'D1.2', status: 'passed', score: 100 });
    // A competency the LMS did not hold is registered as usual.
    expect(valueAt(lms.cmi(), `${dataModels[version].element.objectives}.1.id`)).toBe('D2.1');
  });

  // Fails when setScore or setObjective write a lower result over a better one ("passed at 17%").
  it('a retake after a pass may improve the record but never lowers the score or an objective', () => {
    const lms = recordingLms(version, passedRecord(version));
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    adapter.setScore({ raw: 16.67, min: 0, max: 100 });
    adapter.setObjective({ id: 'D1.2', scorePercent: 33, status: 'failed' });
    adapter.setPassed(false);
    adapter.commit();
    expect(scoreHeld(lms)).toBe(92);
    expect(objectiveHeld(lms)).toEqual({ id: 'D1.2', status: 'passed', score: 100 });
    adapter.setScore({ raw: 100, min: 0, max: 100 });
    adapter.commit();
    expect(scoreHeld(lms)).toBe(100);
  });

  it('within one session a later, lower attempt does not lower the first', () => {
    const lms = recordingLms(version);
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    adapter.setScore({ raw: 60, min: 0, max: 100 });
    adapter.setObjective({ id: 'D1.2', scorePercent: 67, status: 'failed' });
    adapter.setScore({ raw: 40, min: 0, max: 100 });
    adapter.setObjective({ id: 'D1.2', scorePercent: 33, status: 'failed' });
    adapter.commit();
    expect(scoreHeld(lms)).toBe(60);
    expect(objectiveHeld(lms)).toEqual({ id: 'D1.2', status: 'failed', score: 67 });
  });

  // Fails when a launch read that throws or errors is taken as an empty record ("not started").
  it('a launch whose reads fail writes nothing over the record, then reads it again once the LMS answers', () => {
    const lms = recordingLms(version, passedRecord(version));
    lms.faults.refuse.add('getValue');
    const { adapter, scheduler, eventKinds } = adapterFor(lms);
    adapter.initialise();
    expect(eventKinds()).toEqual(['local-only']);
    adapter.setObjective({ id: 'D1.2', scorePercent: 0, status: 'not attempted' });
    adapter.setLocation('page-2');
    expect(lms.callsOf('setValue')).toEqual([]);
    lms.faults.refuse.clear();
    scheduler.runAll();
    expect(eventKinds().at(-1)).toBe('recovered');
    // Initialize was not called twice (a second one fails in 1.2), and the pass and D1.2 are intact.
    expect(lms.callsOf('initialize')).toHaveLength(1);
    const { status } = dataModels[version];
    expect(status.read((element) => String(valueAt(lms.cmi(), element) ?? ''))).toMatchObject({
      passed: true,
      completed: true,
    });
    expect(objectiveHeld(lms)).toEqual({ id: 'D1.2', status: 'passed', score: 100 });
  });

  // Fails when the adapter starts at _count regardless of what the resume state says this attempt holds.
  it('appends after the interactions the resume state counts when the LMS reports _count as 0 (ILIAS)', () => {
    const first = recordingLms(version);
    const firstSession = adapterFor(first).adapter;
    firstSession.initialise();
    for (let n = 1; n <= 4; n++) firstSession.recordInteraction(answer(`q${n}-attempt-1`));
    firstSession.terminate();
    expect(firstSession.interactionsWritten()).toBe(4);

    const lms = recordingLms(version, first.cmi());
    // ILIAS on relaunch: the interactions are stored, but the API says there are none.
    const getValue = dataModels[version].method.getValue;
    const real = lms.api[getValue]!;
    lms.api[getValue] = (element = '') => (element === 'cmi.interactions._count' ? '0' : real(element));
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    adapter.keepInteractionsAbove(4);
    adapter.recordInteraction(answer('q5-attempt-1'));
    adapter.commit();
    const cmi = lms.cmi();
    expect(Array.from({ length: 5 }, (_, n) => valueAt(cmi, `cmi.interactions.${n}.id`))).toEqual([
      'q1-attempt-1',
      'q2-attempt-1',
      'q3-attempt-1',
      'q4-attempt-1',
      'q5-attempt-1',
    ]);
    expect(adapter.interactionsWritten()).toBe(5);
  });
});

function answer(id: string) {
  return {
    id,
    type: 'choice' as const,
    description: '',
    objectiveIds: ['D1.2'],
    timestamp: new Date(2026, 0, 1, 10, 0, 0),
    correctResponse: ['a'],
    learnerResponse: ['b'],
    correct: false,
    weighting: 1,
    latencyMs: 5000,
  };
}

describe('the standalone adapter (no LMS)', () => {
  // Fails when StandaloneAdapter.setPassed/setCompleted stop asking forwardStatus (mutation: write `passed` as given).
  it('keeps a pass and a completion through a later failed attempt, across a reload', () => {
    const storage = deviceStore();
    const first = new StandaloneAdapter({ storageKey: 'imh-scorm:progress:test', storage });
    first.initialise();
    first.setCompleted(true);
    first.setPassed(true);
    first.setPassed(false);
    first.setCompleted(false);
    first.commit();
    const again = new StandaloneAdapter({ storageKey: 'imh-scorm:progress:test', storage });
    expect(again.initialise()).toMatchObject({ completed: true });
    again.setPassed(undefined);
    again.commit();
    expect(JSON.parse(storage.getItem('imh-scorm:progress:test')!)).toMatchObject({
      status: { completed: true, passed: true },
    });
  });
});

describe.each(['1.2', '2004'] as const)('reconnecting (SCORM %s)', (version) => {
  // Fails when reconnect() lets this session's status replace the LMS's (mutation: status = this.status).
  it('keeps the pass the LMS holds when a session that could not reach it set a fail meanwhile', () => {
    const stored = recordingLms(version);
    const { adapter: earlier } = adapterFor(stored);
    earlier.initialise();
    earlier.setCompleted(true);
    earlier.setPassed(true);
    earlier.terminate();
    const lms = recordingLms(version, stored.cmi());
    lms.faults.refuse.add('initialize');
    const { adapter, scheduler } = adapterFor(lms);
    adapter.initialise();
    adapter.setPassed(false);
    adapter.setCompleted(false);
    lms.faults.refuse.clear();
    scheduler.runAll();
    const { status } = dataModels[version];
    expect(status.read((element) => String(valueAt(lms.cmi(), element) ?? ''))).toMatchObject({
      completed: true,
      passed: true,
    });
  });
});
