import { Scorm12API } from 'scorm-again';
import type { CmiJson } from './learner-store.ts';
import { API_SETTINGS, ScoRunner, type TocEntry } from './sco-runner.ts';

const DONE = ['completed', 'passed'];

function lessonStatus(cmi: CmiJson | undefined): string {
  const core = cmi?.core as CmiJson | undefined;
  return typeof core?.lesson_status === 'string' ? core.lesson_status : 'not attempted';
}

/**
 * SCORM 1.2 has no sequencing: the learner picks any SCO from the table of contents, and each SCO gets its own API
 * instance and its own stored CMI data (a multi-SCO course, as Moodle runs one).
 */
export class Scorm12Runner extends ScoRunner {
  async launch(): Promise<void> {
    // Like Moodle: the SCO launched last, else the first one not yet completed.
    const stored = this.context.store.load().scos;
    const next =
      this.currentSco ?? this.pkg.scos.find((sco) => !DONE.includes(lessonStatus(stored[sco.id]?.cmi)));
    await this.choose((next ?? this.pkg.scos[0]!).id);
  }

  async choose(scoId: string): Promise<void> {
    const sco = this.sco(scoId);
    await this.close();
    const api = new Scorm12API(API_SETTINGS);
    api.loadFromJSON(this.launchFor(sco).cmi);
    this.startSession(api);
    this.showSco(sco);
  }

  toc(): TocEntry[] {
    const stored = this.context.store.load().scos;
    return this.pkg.scos.map((sco) => ({
      id: sco.id,
      title: sco.title,
      status: lessonStatus(stored[sco.id]?.cmi),
      current: sco.id === this.currentSco?.id,
    }));
  }

  /** The course is completed when every SCO is completed or passed, and passed when every SCO passed. */
  courseStatus(): [string, string][] {
    const statuses = this.toc().map((entry) => entry.status);
    const status = statuses.every((value) => value === 'passed')
      ? 'passed'
      : statuses.every((value) => DONE.includes(value))
        ? 'completed'
        : statuses.every((value) => value === 'not attempted')
          ? 'not attempted'
          : 'incomplete';
    const done = statuses.filter((value) => DONE.includes(value)).length;
    return [
      ['course status', status],
      ['SCOs completed', `${done} of ${statuses.length}`],
    ];
  }
}
