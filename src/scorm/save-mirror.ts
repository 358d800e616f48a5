/**
 * The local copy of everything set but not yet confirmed by a successful Commit, so a failing LMS, a closed tab
 * or a crash loses nothing: the next launch on this device replays it.
 */
import { fnv1a } from '../state/fnv1a.ts';
import { readJson, removeKey, writeJson, type KeyValueStore } from './local-store.ts';
import { isEmptyProgress, parseProgress, type ProgressRecord } from './progress-record.ts';

const FORMAT = 1;

export interface MirrorRecord {
  /** The LMS learner this progress belongs to ("" when the LMS was never reached). */
  learnerId: string;
  /** Fingerprint of the LMS suspend data this progress builds on ("" when unknown: the LMS was never reached). */
  base: string;
  progress: ProgressRecord;
}

export class SaveMirror {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {}

  load(): MirrorRecord | undefined {
    const stored = readJson(this.store, this.key);
    if (typeof stored !== 'object' || stored === null) return undefined;
    const { format, learnerId, base, progress } = stored as Record<string, unknown>;
    const parsed = parseProgress(progress);
    if (format !== FORMAT || typeof learnerId !== 'string' || typeof base !== 'string' || !parsed)
      return undefined;
    return { learnerId, base, progress: parsed };
  }

  /** Stores the record, or removes the entry once nothing is left unsaved. Returns whether it is stored. */
  save(record: MirrorRecord): boolean {
    if (isEmptyProgress(record.progress)) {
      this.clear();
      return true;
    }
    return writeJson(this.store, this.key, { format: FORMAT, savedAt: new Date().toISOString(), ...record });
  }

  clear(): void {
    removeKey(this.store, this.key);
  }
}

/**
 * Whether a mirror from an earlier launch is newer than what the LMS now holds: it belongs to this learner, and
 * the LMS has not moved on (from another device) since the state the mirror started from.
 */
export function mirrorApplies(
  mirrored: Pick<MirrorRecord, 'learnerId' | 'base'>,
  lms: { learnerId: string; suspendData: string },
): boolean {
  const lmsBehind =
    lms.suspendData === '' || mirrored.base === '' || fingerprint(lms.suspendData) === mirrored.base;
  return sameLearner(mirrored.learnerId, lms.learnerId) && lmsBehind;
}

/** Two learner ids name the same learner only when both are known and equal: an unknown learner is anybody. */
export function sameLearner(one: string, other: string): boolean {
  return one !== '' && one === other;
}

/** A learner's key for data kept on the device: the learner id hashed, so ids are not stored in clear. */
export function learnerKey(learnerId: string): string {
  return fnv1a(learnerId).toString(36);
}

/** A storage key for one learner's data. */
export function learnerKeyed(key: string, learnerId: string): string {
  return `${key}:${learnerKey(learnerId)}`;
}

/** A short FNV-1a fingerprint: enough to tell two suspend data strings apart without storing either twice. */
export function fingerprint(text: string): string {
  return `${text.length}:${fnv1a(text).toString(16)}`;
}
