/**
 * The preview LMS page: lists the built packages (`/`) or runs one (`/?package=<name>`, plus fault parameters,
 * see faults.ts), with the CMI data and API calls beside the SCO. Reloads itself when the server rebuilds.
 */
import { html, render } from 'lit';
import type { ApiCall } from './api-session.ts';
import { cmiView } from './cmi-view.ts';
import { parseFaults, type FaultConfig } from './faults.ts';
import { isLaunchMode, type LaunchMode } from './lms-launch.ts';
import { LearnerStore } from './learner-store.ts';
import type { PreviewIndex, PreviewPackage } from './package-index.ts';
import type { ScoRunner } from './sco-runner.ts';
import { parseFrameSize, ScoFrame } from './sco-frame.ts';
import { Scorm12Runner } from './scorm12-runner.ts';
import { Scorm2004Runner } from './scorm2004-runner.ts';
import { installTestHooks, type PreviewLmsHooks } from './test-hooks.ts';
import { packageListView, playerView, type PlayerActions } from './views.ts';

const root = document.getElementById('app')!;
// lit renders after what is already there: the static "Loading…" line goes, and lit shows its own.
root.replaceChildren();
render(html`<p>Loading packages…</p>`, root);

function connectLiveReload(onBuildFailed: (message: string) => void): void {
  const events = new EventSource('/events');
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('build-failed', (event) => onBuildFailed((event as MessageEvent<string>).data));
}

function describeFault(faults: FaultConfig | undefined): string {
  if (!faults) return '';
  const restore = faults.restoreAfterMs === undefined ? '' : `, restoreAfter=${faults.restoreAfterMs}`;
  return `fault=${faults.kind}, faultCount=${faults.count}${restore}`;
}

/** One package on the page: the player, its learner data, and what the panel shows. */
class PackagePage {
  readonly calls: ApiCall[] = [];
  readonly store: LearnerStore;
  readonly runner: ScoRunner;
  private readonly notices: string[] = [];
  private showErrorQueries = false;
  private renderQueued = false;
  private readonly actions: PlayerActions;

  constructor(
    readonly pkg: PreviewPackage,
    private readonly faults: FaultConfig | undefined,
    private readonly mode: LaunchMode = 'normal',
    private readonly frameSize?: { width: number; height: number },
  ) {
    this.store = new LearnerStore(pkg.name);
    this.actions = {
      launch: () => void this.runner.launch(),
      close: () => void this.runner.close(),
      choose: (scoId) => void this.runner.choose(scoId),
      navigate: (request) => {
        if (this.runner instanceof Scorm2004Runner) void this.runner.navigate(request);
      },
      resetLearner: () => void this.resetLearner(),
      exportCmi: () => this.exportCmi(),
      toggleErrorQueries: (show) => {
        this.showErrorQueries = show;
        this.changed();
      },
    };
    this.renderNow();
    const context = {
      pkg,
      store: this.store,
      frame: new ScoFrame(document.getElementById('sco-container')!, this.frameSize),
      faults,
      mode,
      calls: this.calls,
      notice: (message: string) => this.notice(message),
      changed: () => this.changed(),
    };
    this.runner = pkg.version === '1.2' ? new Scorm12Runner(context) : new Scorm2004Runner(context);
    installTestHooks(packageHooks(this));
  }

  start(): Promise<void> {
    return this.runner.launch();
  }

  notice(message: string): void {
    this.notices.unshift(`${new Date().toLocaleTimeString()} ${message}`);
    this.changed();
  }

  /** Renders on the next frame: a SCO may make dozens of calls in one go. */
  changed(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      this.renderNow();
    });
  }

  private renderNow(): void {
    const player = this.runner as ScoRunner | undefined;
    const live = player?.liveCmi();
    const storedSco = player?.currentSco && this.store.sco(player.currentSco.id);
    const model = {
      pkg: this.pkg,
      running: player?.running ?? false,
      toc: player?.toc() ?? [],
      courseStatus: player?.courseStatus() ?? [],
      navigation:
        player instanceof Scorm2004Runner
          ? player.running
            ? player.navigation
            : { continue: false, previous: false }
          : undefined,
      cmi: live ? cmiView(this.pkg.version, live) : undefined,
      storedAt: storedSco
        ? `Stored at ${new Date(storedSco.savedAt).toLocaleTimeString()} (${storedSco.terminated ? 'Terminate' : 'Commit'}), attempt ${storedSco.attempt}.`
        : 'Nothing stored for this SCO yet.',
      calls: this.calls,
      showErrorQueries: this.showErrorQueries,
      notices: this.notices,
      faultLabel: describeFault(this.faults),
    };
    render(playerView(model, this.actions), root);
  }

  private async resetLearner(): Promise<void> {
    await this.runner.close();
    this.store.clear();
    this.notice('Learner data cleared for this package. Launch starts afresh.');
  }

  private exportCmi(): void {
    const data = {
      package: this.pkg.name,
      version: this.pkg.version,
      exportedAt: new Date().toISOString(),
      live: this.runner.liveCmi(),
      stored: this.store.load(),
    };
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    link.download = `${this.pkg.name}-cmi.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

function packageHooks(page: PackagePage): PreviewLmsHooks {
  return {
    version: page.pkg.version,
    packageName: page.pkg.name,
    get scoId() {
      return page.runner.currentSco?.id ?? null;
    },
    cmi: () => page.runner.liveCmi(),
    get calls() {
      return [...page.calls];
    },
    get lastError() {
      return page.runner.session?.lastError ?? 0;
    },
    reset: () => {
      page.store.clear();
      page.calls.length = 0;
      page.changed();
    },
  };
}

function showError(message: string): void {
  render(
    html`<h2>Cannot open the preview</h2>
      <p role="alert">${message}</p>
      <p><a href="/">All packages</a></p>`,
    root,
  );
}

let openPage: PackagePage | undefined;

async function boot(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const name = query.get('package');
  installTestHooks({
    version: null,
    packageName: null,
    scoId: null,
    cmi: () => null,
    calls: [],
    lastError: 0,
    reset: () => undefined,
  });
  connectLiveReload((message) => openPage?.notice(message));
  const response = await fetch('/api/packages', { cache: 'no-store' });
  if (!response.ok) return showError(`The server did not list the packages (${response.status}).`);
  const index = (await response.json()) as PreviewIndex;
  if (!name) {
    document.title = 'Packages · IMH preview LMS';
    render(packageListView(index, location.search), root);
    return;
  }
  const pkg = index.packages.find((candidate) => candidate.name === name);
  if (!pkg) return showError(`There is no package called "${name}".`);
  let faults: FaultConfig | undefined;
  let frameSize: { width: number; height: number } | undefined;
  try {
    faults = parseFaults(query);
    frameSize = parseFrameSize(query.get('frame'));
  } catch (error) {
    return showError((error as Error).message);
  }
  const mode = query.get('mode') ?? 'normal';
  if (!isLaunchMode(mode))
    return showError(`Unknown mode "${mode}": use normal, review, browse or no-credit.`);
  document.title = `${pkg.title} · IMH preview LMS`;
  openPage = new PackagePage(pkg, faults, mode, frameSize);
  await openPage.start();
}

void boot();
