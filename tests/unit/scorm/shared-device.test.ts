// @vitest-environment happy-dom
/**
 * Shared computers: what the course keeps in the browser is keyed by learner, so one learner's unsaved progress
 * never reaches another's LMS record, is never cleared by another's launch, and an unknown learner reuses nothing.
 */
import { describe, expect, it } from 'vitest';
import { dataModels } from '../../../src/scorm/data-model.ts';

import type { ScormVersion } from '../../../src/scorm/lms-adapter.ts';
import { adapterFor, deviceStore, valueAt } from './support/adapter-fixture.ts';
import { recordingLms } from './support/recording-api.ts';

const learner = (version: ScormVersion, id: string) =>
  version === '1.2' ? { cmi: { core: { student_id: id } } } : { cmi: { learner_id: id } };

describe.each(['1.2', '2004'] as const)('a shared device (SCORM %s)', (version) => {
  const { element } = dataModels[version];

  /** Learner A passes on this device while the LMS refuses every Commit: it all stays in A's mirror. */
  function learnerAPassedUnsaved() {
    const storage = deviceStore();
    const lms = recordingLms(version, learner(version, 'learner-a'));
    const { adapter } = adapterFor(lms, { storage });
    adapter.initialise();
    lms.faults.refuse.add('commit').add('terminate');
    adapter.setLocation('page-9');
    adapter.setSuspendData('v1;page=9');
    adapter.setScore({ raw: 92, min: 0, max: 100 });
    adapter.setCompleted(true);
    adapter.setPassed(true);
    adapter.commit();
    adapter.terminate();
    return storage;
  }

  // Fails when the mirror is one per course rather than one per learner, or an unknown learner matches anyone.
  it("learner B's launch neither receives nor clears learner A's unsaved pass", () => {
    const storage = learnerAPassedUnsaved();
    const lmsB = recordingLms(version, learner(version, 'learner-b'));
    const b = adapterFor(lmsB, { storage });
    expect(b.adapter.initialise()).toMatchObject({ location: '', suspendData: '', completed: false });
    b.adapter.setLocation('page-1');
    b.adapter.commit();
    b.adapter.terminate();
    const cmiB = lmsB.cmi();
    expect(valueAt(cmiB, `${element.score}.raw`)).toBeFalsy();
    expect(valueAt(cmiB, element.location)).toBe('page-1');

    // A comes back to the same device: A's own unsaved pass is still there and reaches A's record.
    const lmsA = recordingLms(version, learner(version, 'learner-a'));
    const a = adapterFor(lmsA, { storage });
    expect(a.adapter.initialise()).toMatchObject({ location: 'page-9', suspendData: 'v1;page=9' });
    a.adapter.commit();
    expect(valueAt(lmsA.cmi(), `${element.score}.raw`)).toBe('92');
  });

  it('a launch that cannot reach the LMS (learner unknown) starts afresh and sends nothing of A to B', () => {
    const storage = learnerAPassedUnsaved();
    const lmsB = recordingLms(version, learner(version, 'learner-b'));
    lmsB.faults.refuse.add('initialize');
    const b = adapterFor(lmsB, { storage });
    expect(b.adapter.initialise()).toMatchObject({ location: '', suspendData: '', completed: false });
    b.adapter.setLocation('page-1');
    lmsB.faults.refuse.clear();
    expect(b.adapter.commit()).toBe(true);
    const cmiB = lmsB.cmi();
    expect(valueAt(cmiB, `${element.score}.raw`)).toBeFalsy();
    expect(valueAt(cmiB, element.suspendData)).toBeFalsy();
  });
});
