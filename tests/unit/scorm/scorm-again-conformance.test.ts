// @vitest-environment happy-dom
/**
 * A full module session through createAdapter (discovery, real localStorage) against scorm-again's real
 * SCORM 1.2 and 2004 APIs: every call must be accepted, and the LMS must end up holding what the course meant.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../src/scorm/create-adapter.ts';
import { dataModels } from '../../../src/scorm/data-model.ts';
import type { ScormVersion } from '../../../src/scorm/lms-adapter.ts';
import { valueAt } from './support/adapter-fixture.ts';
import { competencyIds, runModuleSession, suspendDataForPage } from './support/module-session.ts';
import { recordingLms, type RecordingLms } from './support/recording-api.ts';
import { moodle, scormAgain } from './support/value-patterns.ts';

const windowProperties = window as unknown as Record<string, unknown>;

function runAgainstScormAgain(version: ScormVersion): RecordingLms {
  const lms = recordingLms(version);
  windowProperties[dataModels[version].apiName] = lms.api;
  const adapter = createAdapter({ model: dataModels[version], courseKey: `conformance-${version}` });
  expect(adapter.kind).toBe(version);
  runModuleSession(adapter);
  return lms;
}

afterEach(() => {
  delete windowProperties.API;
  delete windowProperties.API_1484_11;
  localStorage.clear();
});

describe.each(['1.2', '2004'] as const)('SCORM %s against scorm-again', (version) => {
  it('has no data-model errors in a whole module session', () => {
    const lms = runAgainstScormAgain(version);
    expect(lms.rejectedCalls()).toEqual([]);
    expect(lms.callsOf('setValue').length).toBeGreaterThan(200);
    expect(lms.callsOf('initialize')).toHaveLength(1);
    expect(lms.callsOf('terminate')).toHaveLength(1);
  });

  it('leaves nothing in local storage once everything is saved', () => {
    runAgainstScormAgain(version);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('imh-scorm:mirror:'))).toEqual([]);
  });
});

describe('what the LMS holds afterwards', () => {
  it('SCORM 1.2', () => {
    const cmi = runAgainstScormAgain('1.2').cmi();
    const at = (path: string) => valueAt(cmi, `cmi.${path}`);
    expect(at('core.lesson_location')).toBe('page-10');
    expect(at('suspend_data')).toBe(suspendDataForPage(10));
    expect(at('core.lesson_status')).toBe('passed');
    expect([at('core.score.raw'), at('core.score.min'), at('core.score.max')]).toEqual(['75', '0', '100']);
    expect(at('core.exit')).toBe('');
    expect(at('core.session_time')).toMatch(moodle.timespan12);

    expect(Object.keys(at('objectives') as object)).toHaveLength(6);
    competencyIds.forEach((id, n) => {
      expect(at(`objectives.${n}.id`)).toBe(id);
      expect(at(`objectives.${n}.status`)).toBe(n === 5 ? 'failed' : 'passed');
      expect(at(`objectives.${n}.score.raw`)).toBe(n === 5 ? '50' : '100');
    });

    expect(Object.keys(at('interactions') as object)).toHaveLength(12);
    expect(at('interactions.0')).toMatchObject({
      id: 'q1-attempt-1',
      type: 'choice',
      time: '09:30:00',
      student_response: 'b',
      result: 'correct',
      latency: '00:00:12.35',
      weighting: '1',
      objectives: { 0: { id: 'D1.1' }, 1: { id: 'D1.2' } },
      correct_responses: { 0: { pattern: 'b' } },
    });
    expect(at('interactions.1')).toMatchObject({
      type: 'true-false',
      student_response: 't',
      result: 'correct',
    });
    expect(at('interactions.2')).toMatchObject({
      type: 'sequencing',
      student_response: 'c,a,b',
      result: 'wrong',
    });
    expect(at('interactions.2.correct_responses.0.pattern')).toBe('a,b,c');
    expect(at('interactions.11.id')).toBe('q_12_attempt_1');
  });

  it('SCORM 2004', () => {
    const cmi = runAgainstScormAgain('2004').cmi();
    const at = (path: string) => valueAt(cmi, `cmi.${path}`);
    expect(at('location')).toBe('page-10');
    expect(at('suspend_data')).toBe(suspendDataForPage(10));
    expect(at('completion_status')).toBe('completed');
    expect(at('success_status')).toBe('passed');
    expect(at('progress_measure')).toBe('1');
    expect(at('score')).toMatchObject({ raw: '75', min: '0', max: '100', scaled: '0.75' });
    expect(at('exit')).toBe('normal');
    expect(at('session_time')).toMatch(moodle.duration2004);

    expect(Object.keys(at('objectives') as object)).toHaveLength(6);
    competencyIds.forEach((id, n) => {
      expect(at(`objectives.${n}`)).toMatchObject({
        id,
        success_status: n === 5 ? 'failed' : 'passed',
        completion_status: 'completed',
        progress_measure: '1',
        description: `Competency ${id}`,
      });
    });
    expect(at('objectives.5.score')).toMatchObject({ raw: '50', scaled: '0.5' });

    expect(Object.keys(at('interactions') as object)).toHaveLength(12);
    expect(at('interactions.0')).toMatchObject({
      id: 'q1-attempt-1',
      type: 'choice',
      timestamp: '2026-03-14T09:30:00',
      learner_response: 'b',
      result: 'correct',
      latency: 'PT12.35S',
      objectives: { 0: { id: 'D1.1' }, 1: { id: 'D1.2' } },
    });
    expect(at('interactions.0.description')).toMatch(scormAgain.langString250);
    expect(at('interactions.1')).toMatchObject({ type: 'true-false', learner_response: 'true' });
    expect(at('interactions.2')).toMatchObject({ learner_response: 'c[,]a[,]b', result: 'incorrect' });
    expect(at('interactions.2.correct_responses.0.pattern')).toBe('a[,]b[,]c');
    expect(at('interactions.9.learner_response')).toBe('a[,]b');
    expect(at('interactions.11.id')).toBe('q_12_attempt_1');
  });
});
