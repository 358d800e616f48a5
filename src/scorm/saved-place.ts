/**
 * Where the learner was at the last save the LMS confirmed, kept on this device after every successful Commit.
 * The mirror is empty then, so without this a launch that cannot reach the LMS would start at the welcome screen.
 */
import type { LearnerStatus } from './data-model.ts';
import { readJson, writeJson, type KeyValueStore } from './local-store.ts';
import { parseStatus } from './progress-record.ts';

const FORMAT = 1;

export interface PlaceRecord {
  /** The LMS learner this place belongs to ("" when the LMS did not say). */
  learnerId: string;
  location: string;
  suspendData: string;
  status: LearnerStatus;
}

export class SavedPlace {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {}

  load(): PlaceRecord | undefined {
    const stored = readJson(this.store, this.key);
    if (typeof stored !== 'object' || stored === null) return undefined;
    const { format, learnerId, location, suspendData, status } = stored as Record<string, unknown>;
    const parsedStatus = parseStatus(status);
    const valid =
      format === FORMAT &&
      typeof learnerId === 'string' &&
      typeof location === 'string' &&
      typeof suspendData === 'string' &&
      parsedStatus !== undefined;
    return valid ? { learnerId, location, suspendData, status: parsedStatus } : undefined;
  }

  /** A place that cannot be stored only means a failed launch starts afresh, so failure is not reported. */
  save(place: PlaceRecord): void {
    writeJson(this.store, this.key, { format: FORMAT, savedAt: new Date().toISOString(), ...place });
  }
}
