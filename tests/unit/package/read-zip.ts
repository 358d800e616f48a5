import { openPromise } from 'yauzl';

export interface ZipEntry {
  path: string;
  data: Buffer;
  date: Date;
  unixMode: number;
}

/** Every entry of a zip, in the zip's own order. */
export async function readZip(zipPath: string): Promise<ZipEntry[]> {
  const zip = await openPromise(zipPath, { lazyEntries: true });
  const entries: ZipEntry[] = [];
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    entries.push({
      path: entry.fileName,
      data: Buffer.concat(await stream.toArray()),
      date: entry.getLastModDate({ timezone: 'UTC' }),
      unixMode: entry.externalFileAttributes >>> 16,
    });
  }
  return entries;
}

export async function readManifest(zipPath: string): Promise<string> {
  const manifest = (await readZip(zipPath)).find((entry) => entry.path === 'imsmanifest.xml');
  if (!manifest) throw new Error(`${zipPath} has no imsmanifest.xml`);
  return manifest.data.toString('utf8');
}
