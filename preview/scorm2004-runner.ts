import { Scorm2004API, type Settings } from 'scorm-again';
import type { ScormApi } from './api-session.ts';
import { API_SETTINGS, ScoRunner, type TocEntry } from './sco-runner.ts';

type SequencingSettings = NonNullable<Settings['sequencing']>;
export type NavigationRequest = 'continue' | 'previous';

/**
 * SCORM 2004 runs under scorm-again's sequencing engine, built from the manifest's activity tree: one API instance
 * per learner session, reset for each delivered SCO. Navigation comes from the SCO (adl.nav.request, acted on
 * at Terminate) or from the LMS's Continue/Previous buttons and table of contents; rollup sets the course status.
 * Closing suspends the course (suspendAll) when the SCO left with cmi.exit "suspend", else exits it (exitAll).
 */
export class Scorm2004Runner extends ScoRunner {
  navigation = { continue: false, previous: false };
  /** Why the sequencing session ended, once it has. */
  ended: string | undefined;
  private api: Scorm2004API | undefined;
  /** While closing, deliveries are the sequencer's reaction to the SCO's exit, not a request to show a SCO. */
  private closing = false;

  async launch(): Promise<void> {
    await this.close();
    this.ended = undefined;
    const api = new Scorm2004API({
      ...API_SETTINGS,
      accumulateSessionTimeOnTerminate: true,
      sequencing: this.sequencingSettings(),
    });
    this.api = api;
    this.startSession(api);
    const saved = this.context.store.load().sequencing;
    if (saved) api.deserializeSequencingState(saved);
    const request = saved && hasSuspendedActivity(saved) ? 'resumeAll' : 'start';
    if (!api.processNavigationRequest(request)) this.context.notice(`The sequencer refused "${request}".`);
    this.saveSequencing();
  }

  async choose(scoId: string): Promise<void> {
    await this.request('choice', scoId);
  }

  /** An LMS navigation button: the SCO is unloaded (and exits), then the sequencer picks what comes next. */
  async navigate(request: NavigationRequest): Promise<void> {
    await this.request(request);
  }

  override async close(): Promise<void> {
    if (!this.api || !this.running) return super.close();
    this.closing = true;
    await super.close();
    const suspended = this.currentSco && this.context.store.sco(this.currentSco.id)?.cmi.exit === 'suspend';
    this.api.processNavigationRequest(suspended ? 'suspendAll' : 'exitAll');
    this.saveSequencing();
    this.closing = false;
    this.context.changed();
  }

  toc(): TocEntry[] {
    return this.pkg.scos.map((sco) => {
      const tracking = this.api?.getActivityTrackingData(sco.id);
      return {
        id: sco.id,
        title: sco.title,
        status: tracking ? `${tracking.completionStatus} / ${tracking.successStatus}` : 'not attempted',
        current: sco.id === this.currentSco?.id,
      };
    });
  }

  /** The organization's rolled-up status. */
  courseStatus(): [string, string][] {
    const root = this.pkg.activityTree && this.api?.getActivityTrackingData(this.pkg.activityTree.id);
    return [
      ['course completion_status', root?.completionStatus ?? 'unknown'],
      ['course success_status', root?.successStatus ?? 'unknown'],
      ...(this.ended ? ([['sequencing session', `ended (${this.ended})`]] as [string, string][]) : []),
    ];
  }

  private async request(request: string, target?: string): Promise<void> {
    if (!this.api) return;
    await this.context.frame.unload();
    this.running = false;
    if (!this.api.processNavigationRequest(request, target)) {
      this.context.notice(`The sequencer refused "${request}${target ? ` ${target}` : ''}".`);
    }
    this.saveSequencing();
    this.context.changed();
  }

  /** Shows the activity the sequencer delivered, with a fresh run-time data model for it. */
  private async deliver(activityId: string): Promise<void> {
    const api = this.api;
    if (!api || this.closing) return;
    await this.context.frame.unload();
    if (!api.isNotInitialized()) api.reset(undefined, { preserveListeners: true });
    const sco = this.sco(activityId);
    api.loadFromJSON(this.launchFor(sco).cmi);
    this.showSco(sco);
  }

  private saveSequencing(): void {
    if (this.api) this.context.store.saveSequencing(this.api.serializeSequencingState());
  }

  protected override store(api: ScormApi, terminated: boolean): void {
    super.store(api, terminated);
    this.saveSequencing();
  }

  private sequencingSettings(): SequencingSettings {
    return {
      // The JSON tree carries scorm-again's enum vocabularies as plain strings.
      activityTree: this.pkg.activityTree as unknown as SequencingSettings['activityTree'],
      logLevel: 'warn',
      eventListeners: {
        // Delivery happens inside the SCO's Terminate call: show the next SCO once that call has returned.
        onActivityDelivery: (activity) => void setTimeout(() => void this.deliver(activity.id)),
        onNavigationValidityUpdate: (validity) => {
          this.navigation = { continue: validity.continue, previous: validity.previous };
          this.context.changed();
        },
        onRollupComplete: () => this.context.changed(),
        onSequencingSessionEnd: ({ reason }) => {
          // Closing ends the session on purpose; and the exitAll below ends it a second time.
          if (this.closing || this.ended) return;
          this.ended = reason;
          this.context.notice(`The sequencing session ended (${reason}).`);
          void this.context.frame.unload().then(() => {
            this.running = false;
            // The end of the content leaves the last activity current; exitAll closes the attempt, so that the
            // next launch starts a new one, as an LMS does after a finished course.
            if (!['exit_all', 'suspend_all'].includes(reason)) this.api?.processNavigationRequest('exitAll');
            this.saveSequencing();
            this.context.changed();
          });
        },
        onSequencingError: (error) => this.context.notice(`Sequencing error: ${error}`),
      },
    };
  }
}

function hasSuspendedActivity(serialized: string): boolean {
  try {
    return Boolean(
      (JSON.parse(serialized) as { sequencing?: { suspendedActivity?: unknown } }).sequencing
        ?.suspendedActivity,
    );
  } catch {
    return false;
  }
}
