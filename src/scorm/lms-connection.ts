/**
 * Raw calls to the LMS's API object, with LMS quirks encoded once. Every call reports success or a plain fault
 * description and never throws, whatever the LMS does (returns false, sets an error code, throws, vanishes).
 */
import type { ApiMethod, DataModel } from './data-model.ts';

/** The LMS's API object as found on a window; methods are looked up on every call because an LMS can remove them. */
export type LmsApi = object;

export type CallResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly fault: string };

/** How a call's outcome is judged from its return value and GetLastError (undefined when that is unusable). */
type Judge = (result: string, errorCode: number | undefined) => CallResult | undefined;

export class LmsConnection {
  constructor(
    private readonly model: DataModel,
    public api: LmsApi,
  ) {}

  /** Succeeds also when the session is already open (the SCO frame was reloaded under the same LMS session). */
  initialize(): CallResult {
    const { alreadyInitialisedErrors } = this.model.quirks;
    return this.invoke('initialize', [''], (result, code) =>
      isTrue(result, code) || (code !== undefined && alreadyInitialisedErrors.includes(code)) ? succeeded('') : undefined,
    );
  }

  terminate(): CallResult {
    return this.invoke('terminate', [''], (result, code) => (isTrue(result, code) ? succeeded('') : undefined));
  }

  commit(): CallResult {
    return this.invoke('commit', [''], (result, code) => (isTrue(result, code) ? succeeded('') : undefined));
  }

  /** Some LMSs return "false" from a SetValue that worked: the error code, when there is one, decides. */
  setValue(element: string, value: string): CallResult {
    return this.invoke('setValue', [element, value], (result, code) =>
      code === 0 || (code === undefined && result === 'true') ? succeeded('') : undefined,
    );
  }

  /** A value the LMS has never stored reads as "" (2004 reports 403 for it). */
  getValue(element: string): CallResult {
    const { emptyValueErrors } = this.model.quirks;
    return this.invoke('getValue', [element], (result, code) => {
      if (code === undefined || code === 0) return succeeded(result);
      return emptyValueErrors.includes(code) ? succeeded('') : undefined;
    });
  }

  private invoke(method: ApiMethod, args: string[], judge: Judge): CallResult {
    const name = this.model.method[method];
    const call = `${name}(${args[0] ? `"${args[0]}"` : ''})`;
    let result: string;
    try {
      const raw = this.method(method)?.apply(this.api, args);
      if (raw === NOT_A_FUNCTION) return failed(`${name} is not available: the LMS connection was lost.`);
      result = raw === null || raw === undefined ? '' : String(raw);
    } catch (error) {
      return failed(`${call} threw: ${error instanceof Error ? error.message : String(error)}`);
    }
    const code = this.lastErrorCode();
    return judge(result, code) ?? failed(`${call} failed: ${this.describeError(result, code)}`);
  }

  private method(method: ApiMethod): { apply(api: LmsApi, args: string[]): unknown } | undefined {
    const candidate: unknown = (this.api as Record<string, unknown>)[this.model.method[method]];
    return typeof candidate === 'function'
      ? { apply: (api, args) => (candidate as (...values: string[]) => unknown).apply(api, args) }
      : { apply: () => NOT_A_FUNCTION };
  }

  private lastErrorCode(): number | undefined {
    try {
      const code = Number.parseInt(String(this.method('getLastError')?.apply(this.api, [])), 10);
      return Number.isNaN(code) ? undefined : code;
    } catch {
      return undefined;
    }
  }

  private describeError(result: string, code: number | undefined): string {
    if (code === undefined || code === 0) return `returned "${result}"`;
    try {
      const text = this.method('getErrorString')?.apply(this.api, [String(code)]);
      return typeof text === 'string' && text !== '' ? `error ${code} (${text})` : `error ${code}`;
    } catch {
      return `error ${code}`;
    }
  }
}

const NOT_A_FUNCTION = Symbol('not a function');

const succeeded = (value: string): CallResult => ({ ok: true, value });
const failed = (fault: string): CallResult => ({ ok: false, fault });

/** "true" with no error code, or with none available. */
const isTrue = (result: string, code: number | undefined): boolean => result === 'true' && (code ?? 0) === 0;
