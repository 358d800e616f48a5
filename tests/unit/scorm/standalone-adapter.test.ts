// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../src/scorm/create-adapter.ts';
import type { KeyValueStore } from '../../../src/scorm/local-store.ts';
import type { LmsAdapter, SaveState } from '../../../src/scorm/lms-adapter.ts';
import { StandaloneAdapter } from '../../../src/scorm/standalone-adapter.ts';
import { dataModels } from '../../../src/scorm/data-model.ts';

const storageKey = 'imh-scorm:progress:m1-1.2';

function standalone(options: { storage?: KeyValueStore; key?: string } = {}) {
  const adapter = new StandaloneAdapter({
    storageKey: options.key ?? storageKey,
    storage: options.storage ?? localStorage,
  });
  const events: SaveState[] = [];
  adapter.onSaveState((state) => events.push(state));
  return { adapter, events };
}

afterEach(() => localStorage.clear());

describe('StandaloneAdapter', () => {
  it('starts afresh and says once that progress stays in this browser', () => {
    const { adapter, events } = standalone();
    expect(adapter.initialise()).toEqual({
      entry: 'ab-initio',
      location: '',
      suspendData: '',
      learnerName: '',
      learnerKey: 'this-device',
      credit: true,
      mode: 'normal',
      completed: false,
    });
    adapter.initialise();
    expect(events).toEqual([{ kind: 'local-only', lms: 'none', keptIn: 'browser' }]);
  });

  it('keeps location, suspend data, status and score for the next launch', () => {
    const first = standalone().adapter;
    first.initialise();
    first.setLocation('page-5');
    first.setSuspendData('v1;page=5');
    first.setScore({ raw: 80, min: 0, max: 100 });
    first.setPassed(true);
    first.setCompleted(true);
    expect(first.commit()).toBe(true);
    first.terminate();

    expect(standalone().adapter.initialise()).toMatchObject({
      entry: 'resume',
      location: 'page-5',
      suspendData: 'v1;page=5',
      completed: true,
    });
    expect(JSON.parse(localStorage.getItem(storageKey) ?? '{}')).toMatchObject({
      score: { raw: 80 },
      status: { completed: true, passed: true },
    });
  });

  it('stores nothing set after stopRecording', () => {
    const { adapter } = standalone();
    adapter.initialise();
    adapter.setLocation('page-2');
    expect(adapter.commit()).toBe(true);
    const stored = localStorage.getItem(storageKey);
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ location: 'page-2' });

    // Called as the player does, through the LmsAdapter interface.
    (adapter as LmsAdapter).stopRecording('terminate');
    adapter.setLocation('page-7');
    adapter.setSuspendData('v1;page=7');
    adapter.setCompleted(true);
    expect(adapter.commit()).toBe(true);
    adapter.terminate();
    expect(localStorage.getItem(storageKey)).toBe(stored);
    expect(standalone().adapter.initialise()).toMatchObject({ location: 'page-2', completed: false });
  });

  it('keeps each course apart', () => {
    const first = standalone().adapter;
    first.initialise();
    first.setLocation('page-5');
    expect(standalone({ key: 'imh-scorm:progress:m2-1.2' }).adapter.initialise().location).toBe('');
  });

  it('reports once when the browser refuses to store progress', () => {
    const refusing: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const { adapter, events } = standalone({ storage: refusing });
    adapter.initialise();
    adapter.setLocation('page-2');
    expect(adapter.commit()).toBe(false);
    expect(events.map((state) => state.kind)).toEqual(['local-only', 'failed']);
  });

  it("neither resumes nor writes the SCORM adapter's saved place", () => {
    const placeKey = 'imh-scorm:place:m1-1.2';
    const place = JSON.stringify({
      format: 1,
      learnerId: 'learner-1',
      location: 'page-3',
      suspendData: 'v1;page=3',
    });
    localStorage.setItem(placeKey, place);
    const adapter = createAdapter({ model: dataModels['1.2'], courseKey: 'm1-1.2' });
    expect(adapter.kind).toBe('standalone');
    expect(adapter.initialise()).toMatchObject({ entry: 'ab-initio', location: '' });
    adapter.setLocation('page-5');
    adapter.terminate();
    expect(localStorage.getItem(placeKey)).toBe(place);
  });

  it('ignores stored progress it cannot read', () => {
    localStorage.setItem(storageKey, '{"location": 42, "objectives": "no"}');
    expect(standalone().adapter.initialise()).toMatchObject({ entry: 'ab-initio', location: '' });
  });
});
