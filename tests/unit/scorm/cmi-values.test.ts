import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDecimal,
  formatDuration,
  formatTimespan,
  formatTimestamp,
  toIdentifier,
  toSingleLineText,
} from '../../../src/scorm/cmi-values.ts';
import { dataModels } from '../../../src/scorm/data-model.ts';
import { moodle, scormAgain } from './support/value-patterns.ts';

const HOUR = 3_600_000;
describe('SCORM 1.2 timespan (session time, latency)', () => {
  it.each([
    [0, '00:00:00'],
    [1_500, '00:00:01.50'],
    [3_723_456, '01:02:03.46'],
    [59_996, '00:01:00'],
    [100 * HOUR, '100:00:00'],
    [9_999 * HOUR + 3_599_990, '9999:59:59.99'],
  ])('%d ms → %s', (ms, expected) => {
    expect(formatTimespan(ms)).toBe(expected);
    expect(formatTimespan(ms)).toMatch(moodle.timespan12);
    expect(formatTimespan(ms)).toMatch(scormAgain.timespan12);
  });

  it('clamps beyond four hour digits instead of producing an invalid value', () => {
    expect(formatTimespan(20_000 * HOUR)).toBe('9999:59:59.99');
  });

  it('treats negative and non-finite durations as zero', () => {
    expect(formatTimespan(-5)).toBe('00:00:00');
    expect(formatTimespan(Number.NaN)).toBe('00:00:00');
  });
});

describe('SCORM 2004 duration (session time, latency)', () => {
  it.each([
    [0, 'PT0S'],
    [500, 'PT0.5S'],
    [3_723_500, 'PT1H2M3.5S'],
    [HOUR, 'PT1H'],
    [61_000, 'PT1M1S'],
    [12_345, 'PT12.35S'],
    [59_999, 'PT1M'],
    [250 * HOUR + 10, 'PT250H0.01S'],
  ])('%d ms → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
    expect(formatDuration(ms)).toMatch(moodle.duration2004);
    expect(formatDuration(ms)).toMatch(scormAgain.duration2004);
  });

  it('treats negative durations as zero', () => {
    expect(formatDuration(-1)).toBe('PT0S');
  });
});

describe('interaction times', () => {
  const answeredAt = new Date(2026, 0, 5, 7, 8, 9, 950);

  it('1.2 uses the clock time HH:MM:SS', () => {
    expect(formatClockTime(answeredAt)).toBe('07:08:09');
    expect(formatClockTime(answeredAt)).toMatch(scormAgain.time12);
  });

  it('2004 uses a local timestamp without a zone, which scorm-again and Moodle both accept', () => {
    expect(formatTimestamp(answeredAt)).toBe('2026-01-05T07:08:09');
    expect(formatTimestamp(answeredAt)).toMatch(scormAgain.time2004);
  });
});

describe('decimals', () => {
  it.each([
    [75, '75'],
    [0.333333, '0.3333'],
    [1e-7, '0'],
    [-0, '0'],
    [-0.5, '-0.5'],
    [100, '100'],
    [Number.NaN, '0'],
  ])('%d → %s', (value, expected) => {
    expect(formatDecimal(value)).toBe(expected);
    expect(formatDecimal(value)).toMatch(scormAgain.decimal2004);
    expect(formatDecimal(value)).toMatch(moodle.decimal2004);
  });
});

describe('identifiers', () => {
  it('keeps competency ids such as D1.2 as they are', () => {
    expect(toIdentifier('D1.2', 255, 'x')).toBe('D1.2');
  });

  it('replaces spaces and symbols and ends on a letter or digit', () => {
    expect(toIdentifier('q 12 / attempt #1!', 255, 'x')).toBe('q_12_attempt_1');
    expect(toIdentifier('---', 255, 'fallback')).toBe('fallback');
  });

  it('respects the length limit', () => {
    expect(toIdentifier('a'.repeat(300), 255, 'x')).toHaveLength(255);
  });

  it.each(['D1.2', 'q1-attempt-1', 'q 12 / attempt #1!', 'ü-ß'])('%s is valid in both versions', (raw) => {
    const id12 = toIdentifier(raw, dataModels['1.2'].limit.identifier, 'x');
    const id2004 = toIdentifier(raw, dataModels['2004'].limit.identifier, 'x');
    expect(id12).toMatch(/^[A-Za-z0-9._-]{1,255}$/);
    expect(id12).toMatch(moodle.identifier12);
    expect(id2004).toMatch(scormAgain.longIdentifier2004);
    expect(id2004).toMatch(moodle.longIdentifier2004);
  });
});

describe('single-line text', () => {
  it('joins lines, drops a leading language-tag brace and truncates', () => {
    expect(toSingleLineText('{Which}\n  fits   best?', 250)).toBe('Which} fits best?');
    expect(toSingleLineText('x'.repeat(300), 250)).toHaveLength(250);
    expect(toSingleLineText('{lang=en} x'.repeat(40), 250)).toMatch(scormAgain.langString250);
  });
});
