// @vitest-environment happy-dom
/**
 * Commits happen only at meaningful points: never inside a setter, at most once per commit(), never when nothing
 * is unsaved, and never at exit (Terminate implies a commit; Moodle 2004 posts the whole data model on each).
 */
import { describe, expect, it } from 'vitest';
import type { LmsAdapter } from '../../../src/scorm/lms-adapter.ts';
import { dataModels } from '../../../src/scorm/data-model.ts';
import { adapterFor, valueAt } from './support/adapter-fixture.ts';
import { PAGE_TURNS, runModuleSession } from './support/module-session.ts';
import { recordingLms, type RecordingLms } from './support/recording-api.ts';

/** Wraps the adapter to count the LMS Commit calls made during each of its methods. */
function countCommitsPerMethod(adapter: LmsAdapter, lms: RecordingLms) {
  const counts = new Map<string, number>();
  const observed = new Proxy(adapter, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        const before = lms.callsOf('commit').length;
        const result: unknown = member.apply(target, args);
        const name = String(property);
        counts.set(name, (counts.get(name) ?? 0) + lms.callsOf('commit').length - before);
        return result;
      };
    },
  });
  return { observed, counts };
}

describe.each(['1.2', '2004'] as const)('commit policy (SCORM %s)', (version) => {
  it('commits once per page turn and once after the attempt; the exit reaches the LMS through Terminate alone', () => {
    const lms = recordingLms(version);
    runModuleSession(adapterFor(lms).adapter);
    expect(lms.callsOf('commit')).toHaveLength(PAGE_TURNS + 1);
    expect(lms.callsOf('commit').every((call) => call.result === 'true')).toBe(true);
    // After the last Commit come only the exit writes, then one accepted Terminate.
    const lastCommit = lms.calls.findLastIndex((call) => call.method === 'commit');
    const afterwards = lms.calls.slice(lastCommit + 1);
    const { element } = dataModels[version];
    expect(afterwards.map((call) => call.method)).toEqual(['setValue', 'setValue', 'terminate']);
    expect(afterwards.map((call) => call.args[0])).toEqual([element.exit, element.sessionTime, '']);
    expect(afterwards.every((call) => call.error === '0')).toBe(true);
    expect(valueAt(lms.cmi(), element.exit)).toBe(version === '1.2' ? '' : 'normal');
  });

  it('never commits from a setter', () => {
    const lms = recordingLms(version);
    const { observed, counts } = countCommitsPerMethod(adapterFor(lms).adapter, lms);
    runModuleSession(observed);
    const setters = [
      'setLocation',
      'setSuspendData',
      'setProgress',
      'setCompleted',
      'setPassed',
      'setScore',
      'setObjective',
      'recordInteraction',
    ];
    for (const setter of setters)
      expect({ setter, commits: counts.get(setter) }).toEqual({ setter, commits: 0 });
    expect(counts.get('initialise')).toBe(0);
    expect(counts.get('commit')).toBe(PAGE_TURNS + 1);
    expect(counts.get('terminate')).toBe(0);
  });

  it('reports an ordinary commit as saved', () => {
    const { adapter, eventKinds } = adapterFor(recordingLms(version));
    adapter.initialise();
    adapter.setLocation('page-2');
    expect(adapter.commit()).toBe(true);
    expect(eventKinds()).toEqual(['saved']);
  });

  it('does not commit before initialise or after terminate', () => {
    const lms = recordingLms(version);
    const { adapter } = adapterFor(lms);
    adapter.setLocation('page-1');
    expect(adapter.commit()).toBe(false);
    expect(lms.calls).toEqual([]);
    adapter.initialise();
    adapter.setLocation('page-2');
    adapter.terminate();
    const callsAtEnd = lms.calls.length;
    adapter.setLocation('page-3');
    expect(adapter.commit()).toBe(false);
    expect(lms.calls).toHaveLength(callsAtEnd);
    expect(lms.callsOf('commit')).toEqual([]);
  });

  it('sends no Commit when nothing is unsaved', () => {
    const lms = recordingLms(version);
    const { adapter, eventKinds } = adapterFor(lms);
    adapter.initialise();
    adapter.setLocation('page-2');
    expect(adapter.commit()).toBe(true);
    expect(lms.callsOf('commit')).toHaveLength(1);

    const callsAfterSave = lms.calls.length;
    expect(adapter.commit()).toBe(true);
    expect(adapter.commit()).toBe(true);
    expect(lms.calls).toHaveLength(callsAfterSave);
    expect(eventKinds()).toEqual(['saved']);

    adapter.setLocation('page-3');
    expect(adapter.commit()).toBe(true);
    expect(lms.callsOf('commit')).toHaveLength(2);
  });

  it('sends no Commit on a relaunch of a finished module before anything changes', () => {
    const stored =
      version === '1.2'
        ? { cmi: { core: { entry: 'resume', lesson_status: 'passed' } } }
        : { cmi: { entry: 'resume', completion_status: 'completed', success_status: 'passed' } };
    const lms = recordingLms(version, stored);
    const { adapter } = adapterFor(lms);
    adapter.initialise();
    expect(adapter.commit()).toBe(true);
    expect(lms.callsOf('commit')).toEqual([]);
    expect(lms.callsOf('setValue')).toEqual([]);
  });
});
