import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { writeJsonFile } from '../../../scripts/report/render/json-file.ts';

test('the JSON file is what JSON.stringify gives, with missing figures as null', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'imh-report-json-')), 'out.json');
  const value = {
    a: 1,
    b: undefined,
    list: [],
    empty: {},
    deep: { modules: [{ rows: [{ x: 'y "quoted"', n: null, missing: undefined }], more: [1, 2] }] },
  };
  await writeJsonFile(file, value);
  const expected = `${JSON.stringify(value, (_k, v: unknown) => v ?? null, 2)}\n`;
  expect(readFileSync(file, 'utf8')).toBe(expected);
});
