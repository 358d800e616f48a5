// @vitest-environment happy-dom
/** Commits happen only at meaningful points: never inside a setter, once per commit() or terminate(). */
import { describe, expect, it } from 'vitest';
import type { LmsAdapter } from '../../../src/scorm/lms-adapter.ts';
import { adapterFor } from './support/adapter-fixture.ts';
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
  it('commits once per page turn, once after the attempt and once at exit', () => {
    const lms = recordingLms(version);
    runModuleSession(adapterFor(lms).adapter);
    expect(lms.callsOf('commit')).toHaveLength(PAGE_TURNS + 2);
    expect(lms.callsOf('commit').every((call) => call.result === 'true')).toBe(true);
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
    expect(counts.get('terminate')).toBe(1);
  });

  it('reports an ordinary commit as saved', () => {
    const { adapter, eventKinds } = adapterFor(recordingLms(version));
    adapter.initialise();
    adapter.setLocation('page-2');
    expect(adapter.commit('page')).toBe(true);
    expect(eventKinds()).toEqual(['saved']);
  });

  it('does not commit before initialise or after terminate', () => {
    const lms = recordingLms(version);
    const { adapter } = adapterFor(lms);
    expect(adapter.commit('page')).toBe(false);
    adapter.initialise();
    adapter.terminate();
    expect(adapter.commit('hidden')).toBe(false);
    expect(lms.callsOf('commit')).toHaveLength(1);
  });
});
