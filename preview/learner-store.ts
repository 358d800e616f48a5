/** A CMI data model as nested JSON without the 'cmi.' root: { core: { lesson_status } } or { completion_status }. */
export type CmiJson = Record<string, unknown>;

/** What the LMS holds for one SCO: the data of its current attempt as of the last Commit or Terminate. */
export interface ScoRecord {
  attempt: number;
  cmi: CmiJson;
  /** true once the SCO called Terminate (LMSFinish) in this attempt's last session. */
  terminated: boolean;
  savedAt: string;
}

export interface PackageRecord {
  /** Bumped when the shape changes; records of another schema are dropped. */
  schema: 1;
  scos: Record<string, ScoRecord>;
  /** SCORM 2004: scorm-again's serialized sequencing state (activity tree, suspended activity). */
  sequencing?: string;
}

const SCHEMA = 1;
export const STORAGE_PREFIX = 'imh-preview:';

/** The learner's data for one package in localStorage, under `imh-preview:<package name>`. */
export class LearnerStore {
  private readonly key: string;

  constructor(
    packageName: string,
    private readonly storage: Storage = localStorage,
  ) {
    this.key = STORAGE_PREFIX + packageName;
  }

  load(): PackageRecord {
    const empty: PackageRecord = { schema: SCHEMA, scos: {} };
    const text = this.storage.getItem(this.key);
    if (!text) return empty;
    try {
      const record = JSON.parse(text) as PackageRecord;
      return record.schema === SCHEMA && typeof record.scos === 'object' ? record : empty;
    } catch {
      return empty;
    }
  }

  sco(scoId: string): ScoRecord | undefined {
    return this.load().scos[scoId];
  }

  saveSco(scoId: string, record: ScoRecord): void {
    this.update((stored) => {
      stored.scos[scoId] = record;
    });
  }

  saveSequencing(state: string): void {
    this.update((stored) => {
      stored.sequencing = state;
    });
  }

  clear(): void {
    this.storage.removeItem(this.key);
  }

  private update(change: (record: PackageRecord) => void): void {
    const record = this.load();
    change(record);
    this.storage.setItem(this.key, JSON.stringify(record));
  }
}
