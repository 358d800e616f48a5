import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { publishPackages } from '../../../scripts/preview/publish-packages.ts';
import { extractZip } from '../../../scripts/preview/unzip.ts';
import { writeFakePackages } from '../../e2e/support/fake-packages.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'preview-publish-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A one-entry stored zip with any name at all: archiver cleans names, so a hostile zip is made by hand. */
function zipWithEntry(name: string, text: string): Buffer {
  const fileName = Buffer.from(name);
  const data = Buffer.from(text);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const localSize = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe('publishPackages', () => {
  test('unzips every zip into a folder named after it and indexes the manifests', async () => {
    const zips = path.join(dir, 'zips');
    await writeFakePackages(zips);
    const packagesDir = path.join(dir, 'preview', 'packages');
    const index = await publishPackages(zips, packagesDir);
    expect(index.packages.map((pkg) => [pkg.name, pkg.version, pkg.baseUrl])).toEqual([
      ['fake-course-scorm2004', '2004', '/packages/fake-course-scorm2004/'],
      ['fake-sco-scorm12', '1.2', '/packages/fake-sco-scorm12/'],
    ]);
    const sco = await readFile(path.join(packagesDir, 'fake-course-scorm2004', 'b', 'index.html'), 'utf8');
    expect(sco).toContain('findApi');
  });

  test('a failed publish keeps the packages already published', async () => {
    const zips = path.join(dir, 'zips');
    await writeFakePackages(zips);
    const packagesDir = path.join(dir, 'packages');
    await publishPackages(zips, packagesDir);
    await writeFile(path.join(zips, 'broken.zip'), 'not a zip');
    await expect(publishPackages(zips, packagesDir)).rejects.toThrow();
    await expect(
      readFile(path.join(packagesDir, 'fake-sco-scorm12', 'imsmanifest.xml'), 'utf8'),
    ).resolves.toContain('fake-sco-scorm12');
  });

  test('no zips is an error that says to build', async () => {
    await expect(publishPackages(path.join(dir, 'none'), path.join(dir, 'out'))).rejects.toThrow(
      /npm run build/,
    );
  });
});

describe('extractZip', () => {
  test.each(['../evil.txt', 'a/../../evil.txt', '/etc/evil.txt', 'a\\..\\evil.txt'])(
    'refuses the entry %s and writes nothing outside the folder',
    async (name) => {
      const zipPath = path.join(dir, 'hostile.zip');
      await writeFile(zipPath, zipWithEntry(name, 'pwned'));
      await expect(extractZip(zipPath, path.join(dir, 'out', 'inner'))).rejects.toThrow();
      await expect(readFile(path.join(dir, 'out', 'evil.txt'))).rejects.toThrow();
      await expect(readFile(path.join(dir, 'evil.txt'))).rejects.toThrow();
    },
  );

  test('extracts a well-formed entry', async () => {
    const zipPath = path.join(dir, 'fine.zip');
    await writeFile(zipPath, zipWithEntry('folder/file.txt', 'hello'));
    await extractZip(zipPath, path.join(dir, 'out'));
    expect(await readFile(path.join(dir, 'out', 'folder', 'file.txt'), 'utf8')).toBe('hello');
  });
});
