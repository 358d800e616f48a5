/** The authored text in a YAML value: every string that is not an id, a type or another structural key. */
import type { PathKey } from './yaml-source.ts';

const structuralKeys = new Set([
  'id',
  'type',
  'level',
  'competencies',
  'teaches',
  'url',
  'cite',
  'ref',
  'image',
  'category',
  'next',
  'start',
  'outcome',
]);

export interface TextField {
  text: string;
  path: PathKey[];
}

export function textFields(value: unknown, path: PathKey[]): TextField[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => textFields(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      structuralKeys.has(k) ? [] : textFields(v, [...path, k]),
    );
  return [];
}
