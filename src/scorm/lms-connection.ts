/**
 * Raw calls to the LMS's API object, with LMS quirks encoded once. Every call reports success or a plain fault
 * description and never throws, whatever the LMS does (returns false, sets an error code, throws, vanishes).
 */
import type { ApiMethod, DataModel } from './data-model.ts';
import { takeEarlyInitialize } from './early-initialize.ts';

/** The LMS's API object as found on a window; methods are looked up on every call because an LMS can remove them. */
export type LmsApi = object;

export type CallResult =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly fault: string };

/** How a call's outcome is judged from its return value and GetLastError (undefined when that is unusable). */
type Judge = (result: string, errorCode: number | undefined) => CallResult | undefined;

export class LmsConnection {
  constructor(
    private readonly model: DataModel,
    public api: LmsApi,
  ) {}

  /** False once the API object has lost its methods (the LMS frame unloaded or replaced it). */
  get available(): boolean {
    return this.lookUp('setValue') !== undefined && this.lookUp('commit') !== undefined;
  }

  /**
   * Succeeds also when the session is already open (the SCO frame was reloaded under the same LMS session). When
   * the launch page's first script already called Initialize on this API, its outcome is judged instead.
   */
  initialize(): CallResult {
    const { alreadyInitialisedErrors } = this.model.quirks;
    const judge: Judge = (result, code) =>
      isTrue(result, code) || (code !== undefined && alreadyInitialisedErrors.includes(code))
        ? succeeded('')
        : undefined;
    const early = takeEarlyInitialize(this.api);
    if (!early) return this.invoke('initialize', [''], judge);
    const code = early.errorCode === '' ? undefined : Number(early.errorCode);
    const known = code !== undefined && Number.isFinite(code) ? code : undefined;
    return (
      judge(early.result, known) ??
      failed(`${this.model.method.initialize}("") failed: ${this.describeError(early.result, known)}`)
    );
  }

  /** ILIAS's 2004 player returns "false" with error 0 from a Terminate that kept the data: as for SetValue. */
  terminate(): CallResult {
    return this.invoke('terminate', [''], (result, code) =>
      acceptedUnlessError(result, code) ? succeeded('') : undefined,
    );
  }

  commit(): CallResult {
    return this.invoke('commit', [''], (result, code) => (isTrue(result, code) ? succeeded('') : undefined));
  }

  /** Some LMSs return "false" from a SetValue that worked: the error code, when there is one, decides. */
  setValue(element: string, value: string): CallResult {
    return this.invoke('setValue', [element, value], (result, code) =>
      acceptedUnlessError(result, code) ? succeeded('') : undefined,
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
    const fn = this.lookUp(method);
    if (!fn) return failed(`${name} is not available: the LMS connection was lost.`);
    let result: string;
    try {
      const raw: unknown = fn.apply(this.api, args);
      result = raw === null || raw === undefined ? '' : String(raw);
    } catch (error) {
      return failed(`${call} threw: ${error instanceof Error ? error.message : String(error)}`);
    }
    const code = this.lastErrorCode();
    return judge(result, code) ?? failed(`${call} failed: ${this.describeError(result, code)}`);
  }

  private lookUp(method: ApiMethod): ((...args: string[]) => unknown) | undefined {
    const candidate: unknown = (this.api as Record<string, unknown>)[this.model.method[method]];
    return typeof candidate === 'function' ? (candidate as (...args: string[]) => unknown) : undefined;
  }

  /** For the error methods, whose own failure must not hide the original one. */
  private callQuietly(method: ApiMethod, args: string[]): unknown {
    try {
      return this.lookUp(method)?.apply(this.api, args);
    } catch {
      return undefined;
    }
  }

  private lastErrorCode(): number | undefined {
    const code = Number.parseInt(String(this.callQuietly('getLastError', [])), 10);
    return Number.isNaN(code) ? undefined : code;
  }

  private describeError(result: string, code: number | undefined): string {
    if (code === undefined || code === 0) return `returned "${result}"`;
    const text = this.callQuietly('getErrorString', [String(code)]);
    return typeof text === 'string' && text !== '' ? `error ${code} (${text})` : `error ${code}`;
  }
}

const succeeded = (value: string): CallResult => ({ ok: true, value });
const failed = (fault: string): CallResult => ({ ok: false, fault });

/** "true" with no error code, or with none available. */
const isTrue = (result: string, code: number | undefined): boolean => result === 'true' && (code ?? 0) === 0;
/** "true", or "false" with error code 0: the error code, when the LMS reports one, decides. */
const acceptedUnlessError = (result: string, code: number | undefined): boolean =>
  code === 0 || (code === undefined && result === 'true');
