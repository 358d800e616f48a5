import { describe, expect, test } from 'vitest';
import { LearnerStore } from '../../../preview/learner-store.ts';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('LearnerStore', () => {
  test('keeps each package apart, each SCO apart, and clears one package', () => {
    const storage = new MemoryStorage();
    const course = new LearnerStore('course', storage);
    const other = new LearnerStore('other', storage);
    const record = { attempt: 1, cmi: { suspend_data: 'a' }, terminated: false, savedAt: 'now' };
    course.saveSco('a', record);
    course.saveSco('b', { ...record, attempt: 2 });
    course.saveSequencing('{"state":1}');
    other.saveSco('a', record);
    expect(course.sco('b')?.attempt).toBe(2);
    expect(course.load().sequencing).toBe('{"state":1}');
    course.clear();
    expect(course.load()).toEqual({ schema: 1, scos: {} });
    expect(other.sco('a')).toEqual(record);
    expect(storage.getItem('imh-preview:other')).not.toBeNull();
  });

  test('unreadable data counts as none', () => {
    const storage = new MemoryStorage();
    storage.setItem('imh-preview:p', '{broken');
    expect(new LearnerStore('p', storage).load()).toEqual({ schema: 1, scos: {} });
  });
});
