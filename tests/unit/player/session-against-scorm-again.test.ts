// @vitest-environment happy-dom
/**
 * The real module session through createAdapter (discovery, real localStorage) against scorm-again's SCORM 1.2
 * and 2004 APIs: a failed attempt, a passed one, the page closed. Every call accepted, commits only from commit(),
 * and the LMS holding what the learner did. A change to the session that the adapter mishandles fails here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../src/scorm/create-adapter.ts';
import { dataModels } from '../../../src/scorm/data-model.ts';
import type { LmsAdapter, ScormVersion } from '../../../src/scorm/lms-adapter.ts';
import { valueAt } from '../scorm/support/adapter-fixture.ts';
import { playModuleSession } from '../scorm/support/module-session.ts';
import { recordingLms, type RecordingLms } from '../scorm/support/recording-api.ts';

const windowProperties = window as unknown as Record<string, unknown>;

/** The adapter, with the LMS Commits made inside each of its methods counted. */
function countingCommits(adapter: LmsAdapter, lms: RecordingLms) {
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

async function playAgainstScormAgain(version: ScormVersion) {
  const lms = recordingLms(version);
  windowProperties[dataModels[version].apiName] = lms.api;
  const adapter = createAdapter({ model: dataModels[version], courseKey: `session-${version}` });
  expect(adapter.kind).toBe(version);
  const { observed, counts } = countingCommits(adapter, lms);
  const played = await playModuleSession(observed);
  return { lms, counts, played };
}

afterEach(() => {
  delete windowProperties.API;
  delete windowProperties.API_1484_11;
  localStorage.clear();
});

describe.each(['1.2', '2004'] as const)('the real session against scorm-again, SCORM %s', (version) => {
  it('is accepted call by call, Initialize and Terminate once, nothing left unsaved in the browser', async () => {
    const { lms } = await playAgainstScormAgain(version);
    expect(lms.rejectedCalls()).toEqual([]);
    expect(lms.callsOf('initialize')).toHaveLength(1);
    expect(lms.callsOf('terminate')).toHaveLength(1);
    expect(
      Object.keys(localStorage).filter((key) => key.startsWith(`imh-scorm:mirror:session-${version}`)),
    ).toEqual([]);
  });

  it('commits only from commit() and saveOnHide(): never from a setter, at launch or at exit', async () => {
    const { counts } = await playAgainstScormAgain(version);
    for (const [method, commits] of counts)
      if (method !== 'commit' && method !== 'saveOnHide')
        expect({ method, commits }).toEqual({ method, commits: 0 });
    expect(counts.get('commit')).toBeGreaterThan(0);
  });

  it('leaves the LMS holding the pass, every objective, every answer and the exit', async () => {
    const { lms, played } = await playAgainstScormAgain(version);
    expect(played.attempts).toBe(2);
    const cmi = lms.cmi();
    const at = (path: string) => valueAt(cmi, `cmi.${path}`);
    const { element } = dataModels[version];
    if (version === '1.2') {
      expect([at('core.lesson_status'), at('core.score.raw')]).toEqual(['passed', '100']);
      expect(at('core.exit')).toBe('');
    } else {
      expect([at('completion_status'), at('success_status'), at('score.raw')]).toEqual([
        'completed',
        'passed',
        '100',
      ]);
      expect(at('exit')).toBe('normal');
    }
    expect(valueAt(cmi, element.sessionTime)).toBeTruthy();
    const objectives = at('objectives') as Record<string, { id: string }>;
    const ids = Object.keys(objectives)
      .filter((key) => /^\d+$/.test(key))
      .map((key) => objectives[key]!.id);
    expect(ids.sort()).toEqual([...played.competencies].sort());
    const interactions = Object.keys(at('interactions') as object).filter((key) => /^\d+$/.test(key));
    expect(interactions.length).toBeGreaterThan(0);
    expect(interactions.length).toBeLessThanOrEqual(played.attempts * played.questionsPerAttempt);
  });
});
