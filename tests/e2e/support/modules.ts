import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every module folder in modules/ ("00-introduction", …), so a new module is tested without editing specs. */
export const moduleSlugs: string[] = readdirSync(path.resolve(import.meta.dirname, '../../../modules'), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory() && /^\d{2}-/.test(entry.name))
  .map((entry) => entry.name)
  .sort();
