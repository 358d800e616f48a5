/**
 * Finds the LMS's API object as the SCORM run-time documents describe: this window and its parents (bounded),
 * then the window that opened this one and its parents. A cross-origin frame throws on access; that branch ends.
 */
import type { DataModel } from './data-model.ts';
import type { LmsApi } from './lms-connection.ts';

/** What discovery reads from a window; a real `Window` fits, tests pass plain objects. */
export interface FrameWindow {
  readonly parent: FrameWindow | null;
  readonly opener?: unknown;
  readonly top?: FrameWindow | null;
}

/** ADL's reference search gives up after 500 levels; real nestings are a handful deep. */
const MAX_LEVELS = 500;

export function findApi(
  start: FrameWindow,
  { apiName, method }: Pick<DataModel, 'apiName' | 'method'>,
): LmsApi | undefined {
  const isApi = (value: unknown): value is LmsApi =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)[method.initialize] === 'function';

  const searchUp = (from: FrameWindow | null | undefined): LmsApi | undefined => {
    let current = from;
    for (let level = 0; current && level <= MAX_LEVELS; level++) {
      const here = current;
      const api = attempt(() => (here as unknown as Record<string, unknown>)[apiName]);
      if (api === BLOCKED) return undefined;
      if (isApi(api)) return api;
      const parent = attempt(() => here.parent);
      if (parent === BLOCKED || !parent || parent === here) return undefined;
      current = parent;
    }
    return undefined;
  };

  // A course opened in a pop-up from a frame has the LMS behind the opener of either this window or its top.
  const openers = [attempt(() => start.opener), attempt(() => start.top?.opener)];
  return (
    searchUp(start) ??
    openers.reduce<LmsApi | undefined>((found, opener) => found ?? searchUp(asFrameWindow(opener)), undefined)
  );
}

const BLOCKED = Symbol('cross-origin');

function attempt<T>(read: () => T): T | typeof BLOCKED {
  try {
    return read();
  } catch {
    return BLOCKED;
  }
}

function asFrameWindow(value: unknown): FrameWindow | undefined {
  return typeof value === 'object' && value !== null && 'parent' in value
    ? (value as FrameWindow)
    : undefined;
}
