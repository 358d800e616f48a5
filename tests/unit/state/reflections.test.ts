import { describe, expect, test } from 'vitest';
import { browserStore, memoryStore } from '../../../src/scorm/local-store.ts';
import { loadReflections, reflectionScope, saveReflection } from '../../../src/state/reflections.ts';

/** A window whose localStorage throws on access, as in a sandboxed frame ("The document is sandboxed"). */
const sandboxed = {
  get localStorage(): Storage {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  },
};

describe('reflections where site storage is blocked', () => {
  test('reading and writing never throw, and a save says the text is not kept', () => {
    const store = browserStore(sandboxed);
    expect(loadReflections('imh-00-introduction', store)).toEqual({});
    expect(saveReflection('imh-00-introduction', 'family-you-know', 'A note', store)).toBe(false);
    // The text stays for this page, so the summary can still show it.
    expect(loadReflections('imh-00-introduction', store)).toEqual({ 'family-you-know': 'A note' });
  });

  test('a store that throws on every call is survived', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {},
    };
    expect(loadReflections('m', broken)).toEqual({});
    expect(saveReflection('m', 'a', 'text', broken)).toBe(false);
  });

  test('with working storage a save is kept', () => {
    const store = memoryStore();
    // A memory store is not kept beyond the page: only real storage counts as kept.
    expect(saveReflection('m', 'a', 'text', store)).toBe(false);
    const real = { ...memoryStore() };
    expect(saveReflection('m', 'a', 'text', real)).toBe(true);
    expect(loadReflections('m', real)).toEqual({ a: 'text' });
  });
});

describe('reflections on a shared computer', () => {
  // Fails when reflections are kept per module rather than per learner (B's box was prefilled with A's text).
  test("learner B never sees learner A's reflection, and an unknown learner's are kept for the page only", () => {
    const device = { ...memoryStore() };
    const a = reflectionScope('imh-02', 'learner-a-key');
    const b = reflectionScope('imh-02', 'learner-b-key');
    expect(saveReflection(a, 'family-you-know', "A's private note", device)).toBe(true);
    expect(loadReflections(b, device)).toEqual({});
    expect(loadReflections(a, device)).toEqual({ 'family-you-know': "A's private note" });

    const unknown = reflectionScope('imh-02', undefined);
    expect(unknown).toBe('');
    expect(saveReflection(unknown, 'family-you-know', 'a note', device)).toBe(false);
    expect(device.getItem('imh-scorm:reflections:')).toBeNull();
  });
});
