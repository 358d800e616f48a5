import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { stagingFolder, swapInFolder } from '../../../scripts/preview/swap-folder.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'preview-swap-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function folderWith(folder: string, text: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'file.txt'), text);
  return folder;
}

test('swaps a staged folder in, over an old one or none, leaving nothing beside it', async () => {
  const target = path.join(dir, 'packages');
  await swapInFolder(await folderWith(stagingFolder(target), 'first'), target);
  await swapInFolder(await folderWith(stagingFolder(target), 'second'), target);
  expect(await readFile(path.join(target, 'file.txt'), 'utf8')).toBe('second');
  expect(await readdir(dir)).toEqual(['packages']);
});

test('two swaps of the same folder at once both succeed', async () => {
  const target = path.join(dir, 'packages');
  const a = await folderWith(path.join(dir, 'a'), 'a');
  const b = await folderWith(path.join(dir, 'b'), 'b');
  await Promise.all([swapInFolder(a, target), swapInFolder(b, target)]);
  expect(['a', 'b']).toContain(await readFile(path.join(target, 'file.txt'), 'utf8'));
});
