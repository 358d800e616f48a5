import type { ApiOperation } from './version-traits.ts';

/**
 * LMS faults the page can simulate, chosen in its URL (`?package=…&fault=commit-false&faultCount=2`):
 * - setvalue-false: SetValue returns "false" (value not stored) and GetLastError "101", for `faultCount` calls;
 * - commit-false: Commit returns "false" and GetLastError 391 (2004) or 101 (1.2), for `faultCount` calls;
 * - throw: every API method throws, for the first `faultCount` calls of any method;
 * - vanish: right after the first successful Commit the API disappears (window.API deleted and the object's
 *   methods removed) until `restoreAfter` ms have passed, or for good without it;
 * - no-api: the page provides no API at all, so the SCO must run standalone.
 * `faultCount` defaults to 1, after which the API recovers.
 */
export type FaultKind = 'setvalue-false' | 'commit-false' | 'throw' | 'vanish' | 'no-api';

export const FAULT_KINDS: readonly FaultKind[] = [
  'setvalue-false',
  'commit-false',
  'throw',
  'vanish',
  'no-api',
];

export interface FaultConfig {
  kind: FaultKind;
  count: number;
  /** vanish: ms until the API comes back; undefined = never. */
  restoreAfterMs?: number;
}

export function parseFaults(query: URLSearchParams): FaultConfig | undefined {
  const kind = query.get('fault');
  if (!kind) return undefined;
  if (!FAULT_KINDS.includes(kind as FaultKind)) {
    throw new Error(`unknown fault "${kind}": use one of ${FAULT_KINDS.join(', ')}`);
  }
  const count = Number(query.get('faultCount') ?? '1');
  if (!Number.isInteger(count) || count < 0) throw new Error('faultCount must be a whole number');
  const config: FaultConfig = { kind: kind as FaultKind, count };
  const restore = query.get('restoreAfter');
  if (restore !== null) {
    const ms = Number(restore);
    if (!Number.isFinite(ms) || ms < 0) throw new Error('restoreAfter must be a number of milliseconds');
    config.restoreAfterMs = ms;
  }
  return config;
}

/** What the instrumented API does instead of the real call. */
export type FaultAction = { type: 'return-false'; errorCode: number } | { type: 'throw' };

/** Decides, call by call, whether a fault fires; counts down `count` for the counted faults. */
export class FaultPlan {
  private remaining: number;

  constructor(
    readonly config: FaultConfig | undefined,
    private readonly codes: { commitFailure: number; generalFailure: number },
  ) {
    this.remaining = config?.count ?? 0;
  }

  /** The fault for a call of `operation`, if one fires now. */
  next(operation: ApiOperation): FaultAction | undefined {
    const kind = this.config?.kind;
    if (this.remaining <= 0) return undefined;
    if (kind === 'throw') {
      this.remaining -= 1;
      return { type: 'throw' };
    }
    if (kind === 'setvalue-false' && operation === 'setValue') {
      this.remaining -= 1;
      return { type: 'return-false', errorCode: this.codes.generalFailure };
    }
    if (kind === 'commit-false' && operation === 'commit') {
      this.remaining -= 1;
      return { type: 'return-false', errorCode: this.codes.commitFailure };
    }
    return undefined;
  }

  get providesApi(): boolean {
    return this.config?.kind !== 'no-api';
  }

  get vanishesAfterCommit(): boolean {
    return this.config?.kind === 'vanish';
  }
}
