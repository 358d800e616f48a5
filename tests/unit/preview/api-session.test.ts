import { Scorm12API, Scorm2004API } from 'scorm-again';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiSession, type ApiCall } from '../../../preview/api-session.ts';
import { FaultPlan, parseFaults } from '../../../preview/faults.ts';
import { API_SETTINGS } from '../../../preview/sco-runner.ts';

/** scorm-again logs every SCORM error; these tests provoke some on purpose. */
const QUIET = { ...API_SETTINGS, logLevel: 'NONE' as const };

function session12(query = '') {
  const calls: ApiCall[] = [];
  const stored: string[] = [];
  const notices: string[] = [];
  const host = {} as Record<string, unknown>;
  const api = new Scorm12API(QUIET);
  const plan = new FaultPlan(parseFaults(new URLSearchParams(query)), {
    commitFailure: 101,
    generalFailure: 101,
  });
  const session = new ApiSession(
    '1.2',
    api,
    plan,
    {
      onCall: (call) => calls.push(call),
      onStored: (operation) => stored.push(operation),
      onNotice: (message) => notices.push(message),
    },
    host as unknown as Window,
  );
  session.install();
  return { api, session, calls, stored, notices, host };
}

afterEach(() => vi.useRealTimers());

describe('ApiSession', () => {
  test('installs window.API and logs every call with its result and error code', () => {
    const { api, calls, stored, host, session } = session12();
    expect(host.API).toBe(api);
    expect(api.LMSInitialize('')).toBe('true');
    expect(api.LMSSetValue('cmi.core.lesson_status', 'bogus')).toBe('false');
    expect(api.LMSCommit('')).toBe('true');
    expect(api.LMSFinish('')).toBe('true');
    expect(calls).toEqual([
      { method: 'LMSInitialize', args: [''], result: 'true', errorCode: 0 },
      { method: 'LMSSetValue', args: ['cmi.core.lesson_status', 'bogus'], result: 'false', errorCode: 405 },
      { method: 'LMSCommit', args: [''], result: 'true', errorCode: 0 },
      { method: 'LMSFinish', args: [''], result: 'true', errorCode: 0 },
    ]);
    expect(stored).toEqual(['commit', 'terminate']);
    session.uninstall();
    expect(host.API).toBeUndefined();
  });

  test('2004: installs window.API_1484_11', () => {
    const host = {} as Record<string, unknown>;
    const api = new Scorm2004API(QUIET);
    const plan = new FaultPlan(undefined, { commitFailure: 391, generalFailure: 101 });
    new ApiSession(
      '2004',
      api,
      plan,
      { onCall() {}, onStored() {}, onNotice() {} },
      host as unknown as Window,
    ).install();
    expect(host.API_1484_11).toBe(api);
    expect(api.Initialize('')).toBe('true');
  });

  test('fault=setvalue-false: SetValue fails with 101 for faultCount calls, the value is not stored, then recovers', () => {
    const { api, session } = session12('fault=setvalue-false&faultCount=2');
    api.LMSInitialize('');
    expect(api.LMSSetValue('cmi.core.lesson_location', 'p1')).toBe('false');
    expect(api.LMSGetLastError()).toBe('101');
    expect(api.LMSGetLastError()).toBe('101');
    expect(session.lastError).toBe(101);
    expect(api.LMSSetValue('cmi.core.lesson_location', 'p2')).toBe('false');
    expect(api.LMSSetValue('cmi.core.lesson_location', 'p3')).toBe('true');
    expect(api.LMSGetLastError()).toBe('0');
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('p3');
  });

  test('fault=commit-false: Commit fails (nothing stored), then recovers', () => {
    const { api, stored } = session12('fault=commit-false');
    api.LMSInitialize('');
    expect(api.LMSCommit('')).toBe('false');
    expect(api.LMSGetLastError()).toBe('101');
    expect(stored).toEqual([]);
    expect(api.LMSCommit('')).toBe('true');
    expect(stored).toEqual(['commit']);
  });

  test('fault=throw: the first faultCount calls of any method throw', () => {
    const { api, calls } = session12('fault=throw&faultCount=2');
    expect(() => api.LMSInitialize('')).toThrow(/fault=throw/);
    expect(() => api.LMSGetLastError()).toThrow();
    expect(api.LMSInitialize('')).toBe('true');
    expect(calls.map((call) => call.result)).toEqual([null, null, 'true']);
  });

  test('fault=vanish: after the first Commit the API is gone, and comes back after restoreAfter ms', () => {
    vi.useFakeTimers();
    const { api, host, notices } = session12('fault=vanish&restoreAfter=500');
    api.LMSInitialize('');
    expect(api.LMSCommit('')).toBe('true');
    expect(host.API).toBeUndefined();
    expect(() => api.LMSSetValue('cmi.core.lesson_location', 'p1')).toThrow(TypeError);
    vi.advanceTimersByTime(500);
    expect(host.API).toBe(api);
    expect(api.LMSSetValue('cmi.core.lesson_location', 'p1')).toBe('true');
    expect(notices).toHaveLength(2);
  });

  test('fault=no-api: nothing is installed', () => {
    const { host } = session12('fault=no-api');
    expect(host.API).toBeUndefined();
  });
});

describe('parseFaults', () => {
  test('defaults and validation', () => {
    expect(parseFaults(new URLSearchParams(''))).toBeUndefined();
    expect(parseFaults(new URLSearchParams('fault=throw'))).toEqual({ kind: 'throw', count: 1 });
    expect(parseFaults(new URLSearchParams('fault=vanish&restoreAfter=250'))).toEqual({
      kind: 'vanish',
      count: 1,
      restoreAfterMs: 250,
    });
    expect(() => parseFaults(new URLSearchParams('fault=explode'))).toThrow(/unknown fault/);
    expect(() => parseFaults(new URLSearchParams('fault=throw&faultCount=-1'))).toThrow(/faultCount/);
  });
});
