import { rename, rm } from 'node:fs/promises';

/**
 * Replaces `target` with the finished folder `staging` by renames, so that the folder being served is never
 * half-written. Another preview server may swap the same folder at the same moment (two test runs in one work
 * tree): when its folder lands first, ours moves it aside and tries again.
 */
export async function swapInFolder(staging: string, target: string): Promise<void> {
  const previous = `${target}.previous-${process.pid}`;
  for (let attempt = 1; ; attempt++) {
    await rm(previous, { recursive: true, force: true });
    await rename(target, previous).catch(() => undefined);
    try {
      await rename(staging, target);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= 5 || !['ENOTEMPTY', 'EEXIST'].includes(code)) throw error;
    }
  }
  await rm(previous, { recursive: true, force: true });
}

/** A staging folder beside `target`, unique to this process. */
export function stagingFolder(target: string): string {
  return `${target}.staging-${process.pid}`;
}
