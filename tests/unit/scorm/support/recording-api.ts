/**
 * Wraps a real scorm-again API as the window's LMS API: records every call with the error code scorm-again
 * reports, and lets a test inject LMS faults (refusals, error codes, throws, vanishing methods).
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { dataModels, type ApiMethod } from '../../../../src/scorm/data-model.ts';
import type { ScormVersion } from '../../../../src/scorm/lms-adapter.ts';

export interface RecordedCall {
  method: ApiMethod;
  args: string[];
  result: string;
  /** scorm-again's GetLastError right after the call ("0" = accepted). */
  error: string;
}

/** What the fake LMS does wrong; change it at any time during a test. */
export interface Faults {
  /** Methods that refuse: return "false" and report error 101. */
  refuse: Set<ApiMethod>;
  /** Methods that throw. */
  throwing: Set<ApiMethod>;
  /** GetLastError reports this code whatever happened. */
  errorCode: string | undefined;
  /** Methods that do their work but return "false", with GetLastError "0" (a quirk some LMSs have). */
  falseWithoutError: Set<ApiMethod>;
}

type ApiFunction = (...args: string[]) => string;

export interface RecordingLms {
  version: ScormVersion;
  /** The object to expose as window.API / window.API_1484_11. */
  api: Record<string, ApiFunction | undefined>;
  /** scorm-again underneath, for reading back the CMI data. */
  real: Scorm12API | Scorm2004API;
  calls: RecordedCall[];
  faults: Faults;
  /** The methods disappear, as when the LMS frame unloads. */
  vanish(): void;
  restore(): void;
  callsOf(method: ApiMethod): RecordedCall[];
  /** Calls scorm-again rejected, apart from 2004's 403 on a first read of a never-stored element (normal). */
  rejectedCalls(): RecordedCall[];
  /** The committed data model as plain JSON. */
  cmi(): Record<string, unknown>;
}

const settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false } as const;

/** `stored` is CMI JSON loaded before Initialize, as an LMS would (e.g. `{ cmi: { entry: 'resume' } }`). */
export function recordingLms(version: ScormVersion, stored?: Record<string, unknown>): RecordingLms {
  const real = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  real.loadFromJSON(withLearner(version, stored ?? {}));
  const model = dataModels[version];
  const realMethods = real as unknown as Record<string, ApiFunction>;
  const faults: Faults = {
    refuse: new Set(),
    throwing: new Set(),
    errorCode: undefined,
    falseWithoutError: new Set(),
  };
  const calls: RecordedCall[] = [];
  let injectedError: string | undefined;

  const wrap = (method: ApiMethod): ApiFunction => {
    const name = model.method[method];
    const call = (...args: string[]): string => realMethods[name]!.apply(real, args);
    if (method === 'getLastError') return () => faults.errorCode ?? injectedError ?? call();
    if (method === 'getErrorString' || method === 'getDiagnostic') return call;
    return (...args) => {
      if (faults.throwing.has(method)) throw new Error(`${name} is broken`);
      injectedError = faults.refuse.has(method) ? '101' : undefined;
      let result = injectedError ? 'false' : call(...args);
      if (!injectedError && faults.falseWithoutError.has(method)) result = 'false';
      calls.push({ method, args, result, error: injectedError ?? realMethods[model.method.getLastError]!() });
      return result;
    };
  };
  const methods = Object.fromEntries(
    (Object.keys(model.method) as ApiMethod[]).map((method) => [model.method[method], wrap(method)]),
  );
  const api: Record<string, ApiFunction | undefined> = { ...methods };

  return {
    version,
    api,
    real,
    calls,
    faults,
    vanish: () => Object.keys(api).forEach((name) => (api[name] = undefined)),
    restore: () => Object.assign(api, methods),
    callsOf: (method) => calls.filter((call) => call.method === method),
    rejectedCalls: () =>
      calls.filter(
        ({ method, error }) =>
          error !== '0' && !(method === 'getValue' && model.quirks.emptyValueErrors.includes(Number(error))),
      ),
    cmi: () => JSON.parse(JSON.stringify(real.renderCommitCMI(true))) as Record<string, unknown>,
  };
}

/** The learner the fake LMS names unless the stored record names one: an LMS always says who the learner is. */
export const TEST_LEARNER_ID = 'learner-1';

function withLearner(version: ScormVersion, stored: Record<string, unknown>): Record<string, unknown> {
  const cmi = { ...((stored.cmi as Record<string, unknown> | undefined) ?? {}) };
  if (version === '1.2') {
    const core = { ...((cmi.core as Record<string, unknown> | undefined) ?? {}) };
    core.student_id ??= TEST_LEARNER_ID;
    cmi.core = core;
  } else {
    cmi.learner_id ??= TEST_LEARNER_ID;
  }
  return { ...stored, cmi };
}
