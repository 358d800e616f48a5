import type { Scorm12API, Scorm2004API } from 'scorm-again';
import type { FaultPlan } from './faults.ts';
import type { ScormVersion } from './package-index.ts';
import { VERSION_TRAITS, type ApiOperation } from './version-traits.ts';

export type ScormApi = Scorm12API | Scorm2004API;

/** One call a SCO made, as the test hooks and the call log show it. */
export interface ApiCall {
  method: string;
  args: unknown[];
  /** What the SCO got back; null when the call threw. */
  result: string | null;
  /** The error code GetLastError reports after the call. */
  errorCode: number;
}

export interface ApiSessionHooks {
  /** After every call (for the call log and the panel). */
  onCall(call: ApiCall, operation: ApiOperation): void;
  /** After a Commit, or a Terminate, that returned "true": the LMS now holds the data. */
  onStored(operation: 'commit' | 'terminate'): void;
  /** A line for the page's event log ("API removed by fault=vanish"). */
  onNotice(message: string): void;
}

const OPERATIONS = Object.keys(VERSION_TRAITS['1.2'].methods) as ApiOperation[];
const ERROR_QUERIES: readonly ApiOperation[] = ['getLastError', 'getErrorString', 'getDiagnostic'];

type MethodTable = Record<string, ((...args: unknown[]) => string) | undefined>;

/**
 * One scorm-again API instance as the SCO sees it: its methods wrapped to log every call and to inject the
 * faults of the page's URL, and installed as window.API / window.API_1484_11. The instance stays the real
 * scorm-again object (its cmi, events and sequencing untouched); only its eight API methods are wrapped.
 */
export class ApiSession {
  /** An error injected by a fault, reported by GetLastError until the SCO's next non-error call. */
  private injectedError: number | undefined;
  private readonly originals = new Map<string, (...args: unknown[]) => string>();
  private vanished = false;
  private restoreTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly version: ScormVersion,
    readonly api: ScormApi,
    private readonly plan: FaultPlan,
    private readonly hooks: ApiSessionHooks,
    private readonly host: Window = window,
  ) {
    const methods = api as unknown as MethodTable;
    for (const operation of OPERATIONS) {
      const name = VERSION_TRAITS[version].methods[operation];
      const original = methods[name];
      if (original) this.originals.set(name, original);
    }
    this.wrap();
  }

  /** The error code the API would report now. */
  get lastError(): number {
    return this.injectedError ?? Number(this.api.lastErrorCode);
  }

  /** Makes the API discoverable by the SCO (unless the page simulates an LMS without one). */
  install(): void {
    if (!this.plan.providesApi) return;
    (this.host as unknown as Record<string, unknown>)[VERSION_TRAITS[this.version].globalName] = this.api;
  }

  uninstall(): void {
    clearTimeout(this.restoreTimer);
    const host = this.host as unknown as Record<string, unknown>;
    const name = VERSION_TRAITS[this.version].globalName;
    if (host[name] === this.api) delete host[name];
  }

  private wrap(): void {
    const methods = this.api as unknown as MethodTable;
    for (const operation of OPERATIONS) {
      const name = VERSION_TRAITS[this.version].methods[operation];
      const original = this.originals.get(name);
      if (original) methods[name] = (...args: unknown[]) => this.call(operation, name, original, args);
    }
  }

  private call(
    operation: ApiOperation,
    method: string,
    original: (...args: unknown[]) => string,
    args: unknown[],
  ): string {
    const fault = this.plan.next(operation);
    if (fault?.type === 'throw') {
      this.hooks.onCall({ method, args, result: null, errorCode: this.lastError }, operation);
      throw new Error(`preview LMS: ${method} failed (fault=throw)`);
    }
    if (fault?.type === 'return-false') {
      this.injectedError = fault.errorCode;
      return this.record(operation, { method, args, result: 'false', errorCode: fault.errorCode });
    }
    if (operation === 'getLastError' && this.injectedError !== undefined) {
      return this.record(operation, { method, args, result: String(this.injectedError), errorCode: 0 });
    }
    const result = original.apply(this.api, args);
    if (!ERROR_QUERIES.includes(operation)) this.injectedError = undefined;
    const call = { method, args, result, errorCode: this.lastError };
    if (result === 'true' && (operation === 'commit' || operation === 'terminate')) {
      this.hooks.onStored(operation);
      if (operation === 'commit' && this.plan.vanishesAfterCommit && !this.vanished) this.vanish();
    }
    return this.record(operation, call);
  }

  private record(operation: ApiOperation, call: ApiCall): string {
    this.hooks.onCall(call, operation);
    return call.result ?? '';
  }

  /** Simulates an LMS frame that has gone: the SCO's saved reference stops working and discovery finds nothing. */
  private vanish(): void {
    this.vanished = true;
    const methods = this.api as unknown as MethodTable;
    for (const name of this.originals.keys()) delete methods[name];
    this.uninstall();
    const restoreAfter = this.plan.config?.restoreAfterMs;
    this.hooks.onNotice(
      `The API vanished after the first Commit (fault=vanish)${restoreAfter === undefined ? '' : `; back in ${restoreAfter} ms`}.`,
    );
    if (restoreAfter === undefined) return;
    this.restoreTimer = setTimeout(() => {
      this.wrap();
      this.install();
      this.hooks.onNotice('The API is back (fault=vanish, restoreAfter).');
    }, restoreAfter);
  }
}
