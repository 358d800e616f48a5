import { describe, expect, test } from 'vitest';
import { launchData } from '../../../preview/lms-launch.ts';
import type { ScoRecord } from '../../../preview/learner-store.ts';
import type { PreviewSco } from '../../../preview/package-index.ts';

const sco12: PreviewSco = {
  id: 'item-a',
  title: 'A',
  href: 'a/index.html',
  masteryScore: 80,
  objectiveIds: [],
};
const sco2004: PreviewSco = {
  id: 'item-a',
  title: 'A',
  href: 'a/index.html',
  minNormalizedMeasure: 0.8,
  completionThreshold: 0.9,
  objectiveIds: ['pass'],
};
const record = (attempt: number, cmi: Record<string, unknown>): ScoRecord => ({
  attempt,
  cmi,
  terminated: true,
  savedAt: '2026-01-01T00:00:00Z',
});

describe('SCORM 1.2 launch data (as Moodle gives it)', () => {
  test('first launch: ab-initio, learner, credit and the mastery score from the manifest', () => {
    const launch = launchData('1.2', sco12, undefined);
    expect(launch).toMatchObject({ attempt: 1, entry: 'ab-initio' });
    expect(launch.cmi).toMatchObject({
      core: {
        student_id: 'preview-learner',
        student_name: 'Learner, Preview',
        credit: 'credit',
        entry: 'ab-initio',
      },
      student_data: { mastery_score: '80' },
    });
  });

  test('after exit "suspend": resume with the stored data, exit and session time cleared', () => {
    const stored = record(1, {
      suspend_data: 'state',
      core: {
        lesson_status: 'incomplete',
        lesson_location: 'p3',
        exit: 'suspend',
        session_time: '00:01:00',
        total_time: '00:05:00',
      },
    });
    const launch = launchData('1.2', sco12, stored);
    expect(launch.entry).toBe('resume');
    expect(launch.cmi).toMatchObject({
      suspend_data: 'state',
      core: {
        lesson_status: 'incomplete',
        lesson_location: 'p3',
        exit: '',
        entry: 'resume',
        total_time: '00:05:00',
      },
    });
    expect((launch.cmi.core as Record<string, unknown>).session_time).toBeUndefined();
  });

  test('after any other exit: entry "" in the same attempt, data kept', () => {
    const launch = launchData(
      '1.2',
      sco12,
      record(1, { suspend_data: 'x', core: { lesson_status: 'passed', exit: '' } }),
    );
    expect(launch).toMatchObject({ attempt: 1, entry: '' });
    expect(launch.cmi).toMatchObject({ suspend_data: 'x', core: { lesson_status: 'passed' } });
  });
});

describe('SCORM 2004 launch data', () => {
  test('first launch: ab-initio with scaled_passing_score and completion_threshold', () => {
    const launch = launchData('2004', sco2004, undefined);
    expect(launch).toMatchObject({ attempt: 1, entry: 'ab-initio' });
    expect(launch.cmi).toMatchObject({
      learner_id: 'preview-learner',
      scaled_passing_score: '0.8',
      completion_threshold: '0.9',
      credit: 'credit',
      mode: 'normal',
    });
  });

  test('after exit "suspend": resume the attempt with its data', () => {
    const launch = launchData(
      '2004',
      sco2004,
      record(2, { exit: 'suspend', location: 'p3', session_time: 'PT1M' }),
    );
    expect(launch).toMatchObject({ attempt: 2, entry: 'resume' });
    expect(launch.cmi).toMatchObject({ location: 'p3', exit: '' });
    expect(launch.cmi.session_time).toBeUndefined();
  });

  test('after a normal exit: a new attempt, empty', () => {
    const launch = launchData(
      '2004',
      sco2004,
      record(2, { exit: 'normal', location: 'p3', completion_status: 'completed' }),
    );
    expect(launch).toMatchObject({ attempt: 3, entry: 'ab-initio' });
    expect(launch.cmi.location).toBeUndefined();
    expect(launch.cmi.completion_status).toBeUndefined();
  });
});
