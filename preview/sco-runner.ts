import type { Settings } from 'scorm-again';
import { ApiSession, type ApiCall, type ScormApi } from './api-session.ts';
import { FaultPlan, type FaultConfig } from './faults.ts';
import { launchData, type Launch, type LaunchMode } from './lms-launch.ts';
import type { CmiJson, LearnerStore } from './learner-store.ts';
import type { PreviewPackage, PreviewSco } from './package-index.ts';
import type { ScoFrame } from './sco-frame.ts';
import { VERSION_TRAITS } from './version-traits.ts';

/** Commits stay on the page: nothing is sent anywhere, the page stores what the API holds. */
export const API_SETTINGS: Settings = { autocommit: false, lmsCommitUrl: false, logLevel: 'ERROR' };

export interface TocEntry {
  id: string;
  title: string;
  /** As the LMS holds it: lesson_status (1.2) or "completion / success" (2004). */
  status: string;
  current: boolean;
}

export interface RunnerContext {
  pkg: PreviewPackage;
  store: LearnerStore;
  frame: ScoFrame;
  faults: FaultConfig | undefined;
  /** How the LMS launches SCOs (`&mode=` in the URL): as Moodle reopens a finished attempt for review, say. */
  mode: LaunchMode;
  /** Every API call of every session since the page opened (or was reset). */
  calls: ApiCall[];
  notice(message: string): void;
  /** Something the page shows has changed. */
  changed(): void;
}

/** Runs one package like an LMS: launches SCOs into the frame with launch data, stores what they commit. */
export abstract class ScoRunner {
  session: ApiSession | undefined;
  currentSco: PreviewSco | undefined;
  running = false;
  protected attempt = 1;

  constructor(protected readonly context: RunnerContext) {}

  /** Starts (or resumes) the package. */
  abstract launch(): Promise<void>;
  /** The learner picked an item in the table of contents. */
  abstract choose(scoId: string): Promise<void>;
  abstract toc(): TocEntry[];
  /** The package-level result the LMS shows: [label, value] pairs. */
  abstract courseStatus(): [string, string][];

  /** Closes the SCO like a learner closing its window. */
  async close(): Promise<void> {
    await this.context.frame.unload();
    this.session?.uninstall();
    this.running = false;
    this.context.changed();
  }

  /** The CMI data the API holds now (null before a launch). */
  liveCmi(): CmiJson | null {
    return this.session ? snapshotCmi(this.session.api, false) : null;
  }

  protected get pkg(): PreviewPackage {
    return this.context.pkg;
  }

  protected sco(scoId: string): PreviewSco {
    const sco = this.pkg.scos.find((candidate) => candidate.id === scoId);
    if (!sco) throw new Error(`${this.pkg.name} has no item ${scoId}`);
    return sco;
  }

  /** Launch data for a SCO from what the LMS stored for it; records which attempt is running. */
  protected launchFor(sco: PreviewSco): Launch {
    const launch = launchData(this.pkg.version, sco, this.context.store.sco(sco.id), this.context.mode);
    this.attempt = launch.attempt;
    return launch;
  }

  /** Wraps a new API instance for the SCO to find; stores the CMI data on every successful Commit/Terminate. */
  protected startSession(api: ScormApi): ApiSession {
    this.session?.uninstall();
    const traits = VERSION_TRAITS[this.pkg.version];
    const plan = new FaultPlan(this.context.faults, {
      commitFailure: traits.commitFailureCode,
      generalFailure: traits.generalFailureCode,
    });
    const session = new ApiSession(this.pkg.version, api, plan, {
      onCall: (call) => {
        this.context.calls.push(call);
        this.context.changed();
      },
      onStored: (operation) => this.store(api, operation === 'terminate'),
      onNotice: (message) => this.context.notice(message),
    });
    session.install();
    if (!plan.providesApi)
      this.context.notice('No API on this page (fault=no-api): the SCO should run standalone.');
    this.session = session;
    return session;
  }

  protected showSco(sco: PreviewSco): void {
    this.currentSco = sco;
    this.running = true;
    this.context.frame.load(this.pkg.baseUrl + sco.href, sco.title);
    this.context.changed();
  }

  protected store(api: ScormApi, terminated: boolean): void {
    if (!this.currentSco) return;
    this.context.store.saveSco(this.currentSco.id, {
      attempt: this.attempt,
      cmi: snapshotCmi(api, terminated),
      terminated,
      savedAt: new Date().toISOString(),
    });
  }
}

/**
 * The API's CMI data as plain JSON. SCORM 1.2's total_time is not part of scorm-again's JSON: the LMS keeps it,
 * adding the session time when the SCO finishes. scorm-again 2004 adds it itself (accumulateSessionTimeOnTerminate).
 */
export function snapshotCmi(api: ScormApi, terminated: boolean): CmiJson {
  const { cmi } = api.renderCMIToJSONObject() as { cmi: CmiJson };
  if ('core' in api.cmi) {
    const core = cmi.core as CmiJson;
    core.total_time = terminated ? api.cmi.getCurrentTotalTime() : api.cmi.core.total_time;
  }
  return cmi;
}
