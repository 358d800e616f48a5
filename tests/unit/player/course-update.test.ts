/**
 * Course updates: a trainer uploads a new release over an activity that learners have started or finished (Moodle
 * keeps their attempts). The fixtures in tests/fixtures/resume-states/1.0.0/ are what release 1.0.0 left in a
 * scorm-again LMS for module 00 (read to page 4; five answers into the check; passed at 100), written by that
 * release's own ModuleSession. This release must keep the learner's place and lower nothing the LMS holds: not the
 * status, not the score, not an objective. (Its bank changed, so an attempt in progress starts afresh.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileModule, loadCheckedCourse, splitModule } from '../../../src/content/index.ts';
import { ModuleSession } from '../../../src/player/module-session.ts';
import { TabPresence } from '../../../src/player/tab-presence.ts';
import { dataModels } from '../../../src/scorm/data-model.ts';
import { adapterFor, valueAt } from '../scorm/support/adapter-fixture.ts';
import { recordingLms } from '../scorm/support/recording-api.ts';
import { pageLifecycle } from './session-fixture.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const { course } = loadCheckedCourse(path.join(root, 'modules'), root);
const { shell, content } = splitModule(
  compileModule(
    course,
    course.modules.find((m) => m.slug === '00-introduction')!,
  ),
);

type Json = Record<string, unknown>;

function relaunch(
  version: '1.2' | '2004',
  scenario: 'pages' | 'quiz' | 'passed',
  /** what the LMS holds instead of the fixture (a later relaunch) */
  held?: Json,
) {
  const file = `00-introduction-${scenario}-scorm${version === '1.2' ? '12' : '2004'}.cmi.json`;
  const stored = (held ??
    JSON.parse(readFileSync(path.join(root, 'tests/fixtures/resume-states/1.0.0', file), 'utf8'))) as {
    cmi: Json;
  };
  // The LMS relaunches the attempt to resume it.
  if (version === '1.2') (stored.cmi.core as Json).entry = 'resume';
  else stored.cmi.entry = 'resume';
  const lms = recordingLms(version, stored);
  const { adapter } = adapterFor(lms);
  const page = pageLifecycle();
  const session = new ModuleSession({
    shell,
    adapter,
    loadContent: () => Promise.resolve(content),
    lifecycle: page.lifecycle,
    afterPaint: (work) => work(),
    tabs: new TabPresence(undefined),
    newSeed: () => 7,
    diagnose: () => {},
  });
  session.start();
  return { lms, session, page };
}

/** The module's text arrives on a resolved promise: one turn of the event loop. */
const contentLoaded = async (session: ModuleSession) => {
  for (let i = 0; i < 5 && session.snapshot.module === null; i++) await new Promise((r) => setTimeout(r, 0));
};

const held = (lms: ReturnType<typeof recordingLms>) => {
  const model = dataModels[lms.version];
  const cmi = lms.cmi();
  const get = (element: string) => String(valueAt(cmi, element) ?? '');
  const objectives = Object.entries((valueAt(cmi, model.element.objectives) ?? {}) as Record<string, Json>)
    .filter(([key]) => /^\d+$/.test(key))
    .map(([key]) => {
      const at = `${model.element.objectives}.${key}`;
      return [get(`${at}.id`), model.objective.readStatus(get, at), get(`${at}.score.raw`)];
    });
  return { status: model.status.read(get), score: get(`${model.element.score}.raw`), objectives };
};

describe.each(['1.2', '2004'] as const)(
  'a learner on release 1.0.0 relaunched on this release (SCORM %s)',
  (version) => {
    test('part-way through the pages: back on the page they left', () => {
      const { session } = relaunch(version, 'pages');
      expect(session.snapshot.journey).toMatchObject({ screen: 'pages', page: 3 });
    });

    test('with no scenario begun (1.0.0 had none); the choices made after the update come back next time', () => {
      const { lms, session, page } = relaunch(version, 'pages');
      const scenarioId = shell.pages.flatMap((p) => p.scenarioIds ?? [])[0]!;
      expect(session.snapshot.journey.scenarios).toEqual({});
      session.send({ type: 'scenario', scenarioId, path: '01' });
      page.close();
      const again = relaunch(version, 'pages', lms.cmi());
      expect(again.session.snapshot.journey).toMatchObject({
        screen: 'pages',
        page: 3,
        scenarios: { [scenarioId]: '01' },
      });
    });

    test('part-way through the check: at the place they left, with a fresh attempt (the bank has changed)', () => {
      const { session } = relaunch(version, 'quiz');
      const lastPage = shell.pages.length - 1;
      expect(session.snapshot.journey).toMatchObject({ screen: 'pages', page: lastPage });
    });

    test('passed at 100: status, score and every objective stay as they were, through a lower retake', async () => {
      const { lms, session, page } = relaunch(version, 'passed');
      const before = held(lms);
      expect(before.status.passed).toBe(true);
      expect(before.score).toBe('100');
      expect(before.objectives.every(([, status]) => status === 'passed')).toBe(true);
      // The learner reads on to the check, takes it again and answers everything wrong, then closes the page.
      for (let turn = 0; turn < 30 && !session.snapshot.question; turn++) {
        if (session.snapshot.quizNoteHtml) session.send({ type: 'note-continue' });
        else session.send({ type: 'next' });
        await contentLoaded(session);
      }
      expect(session.snapshot.question).not.toBeNull();
      for (let n = 0; n < 12 && session.snapshot.question; n++) {
        const q = session.snapshot.question;
        const wrong = q.question.options.find((o) => !o.correct) ?? q.question.options[0]!;
        session.send({ type: 'select', response: [wrong.id] });
        session.send({ type: 'submit' });
        session.send({ type: 'next-question' });
      }
      page.close();
      const after = held(lms);
      expect(after.status.passed).toBe(true);
      expect(after.score).toBe('100');
      for (const [id, status, score] of before.objectives)
        expect(after.objectives.find(([other]) => other === id)).toEqual([id, status, score]);
    });
  },
);
