// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../src/scorm/create-adapter.ts';
import { findApi, type FrameWindow } from '../../../src/scorm/discovery.ts';
import { dataModels } from '../../../src/scorm/data-model.ts';

type TestFrame = { parent: TestFrame; top: TestFrame; opener?: TestFrame | null } & Record<string, unknown>;

const api12 = () => ({ LMSInitialize: () => 'true' });
const api2004 = () => ({ Initialize: () => 'true' });

/** A window inside `parent` (or a top-level window when there is none). */
function frameIn(parent?: TestFrame, properties: Record<string, unknown> = {}): TestFrame {
  const frame = { ...properties } as TestFrame;
  frame.parent = parent ?? frame;
  frame.top = parent?.top ?? frame;
  return frame;
}

/** A window the browser keeps cross-origin: reading anything but `parent`/`top`/`opener` throws. */
function crossOriginFrameIn(parent?: TestFrame): TestFrame {
  const frame = frameIn(parent);
  return new Proxy(frame, {
    get(target, property) {
      if (property === 'parent' || property === 'top' || property === 'opener') return target[property];
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
  });
}

describe('findApi', () => {
  it('finds the API in the parent', () => {
    const api = api12();
    expect(findApi(frameIn(frameIn(undefined, { API: api })), dataModels['1.2'])).toBe(api);
  });

  it('finds the API in the grandparent', () => {
    const api = api2004();
    const lms = frameIn(undefined, { API_1484_11: api });
    expect(findApi(frameIn(frameIn(lms)), dataModels['2004'])).toBe(api);
  });

  it("finds the API in the opener's parent (a pop-up launched from an LMS frame)", () => {
    const api = api12();
    const lmsFrame = frameIn(frameIn(undefined, { API: api }));
    const popup = frameIn(undefined, { opener: lmsFrame });
    expect(findApi(popup, dataModels['1.2'])).toBe(api);
  });

  it("finds the API behind the top window's opener (course frames inside a pop-up)", () => {
    const api = api2004();
    const popupTop = frameIn(undefined, { opener: frameIn(undefined, { API_1484_11: api }) });
    expect(findApi(frameIn(popupTop), dataModels['2004'])).toBe(api);
  });

  it('looks only for the wanted version and ignores objects that are not an API', () => {
    const lms = frameIn(undefined, { API: api12(), API_1484_11: { Initialize: 'not a function' } });
    expect(findApi(frameIn(lms), dataModels['2004'])).toBeUndefined();
  });

  it('stops at a cross-origin frame and goes on to the opener', () => {
    const api = api12();
    const content = frameIn(crossOriginFrameIn(frameIn(undefined, { API: api })));
    expect(findApi(content, dataModels['1.2'])).toBeUndefined();
    const popup = frameIn(crossOriginFrameIn(), { opener: frameIn(undefined, { API: api }) });
    expect(findApi(popup, dataModels['1.2'])).toBe(api);
  });

  it('gives up beyond 500 levels', () => {
    let frame = frameIn(undefined, { API: api12() });
    for (let level = 0; level < 501; level++) frame = frameIn(frame);
    expect(findApi(frame, dataModels['1.2'])).toBeUndefined();
  });

  it('returns undefined when there is no LMS', () => {
    expect(findApi(frameIn(frameIn()), dataModels['1.2'])).toBeUndefined();
  });

  it('accepts a real window', () => {
    expect(findApi(window satisfies FrameWindow, dataModels['2004'])).toBeUndefined();
  });
});

describe('createAdapter', () => {
  const windowProperties = window as unknown as Record<string, unknown>;
  afterEach(() => {
    delete windowProperties.API;
    localStorage.clear();
  });

  it('uses the LMS when discovery finds its API', () => {
    windowProperties.API = api12();
    expect(createAdapter({ model: dataModels['1.2'], courseKey: 'm1-1.2' }).kind).toBe('1.2');
  });

  it('falls back to standalone when there is no LMS', () => {
    expect(createAdapter({ model: dataModels['2004'], courseKey: 'm1-2004' }).kind).toBe('standalone');
  });
});
