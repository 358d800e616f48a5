/**
 * Writes the figures as indented JSON piece by piece, so a report on thousands of learners never holds the whole
 * JSON text in memory. The output is what JSON.stringify(value, null, 2) gives, with missing figures as null so
 * every key is always there for whoever reads the file.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const replacer = (_key: string, value: unknown) => value ?? null;

/** Containers this deep are written part by part; deeper ones (a learner's row) in one piece. */
const STREAM_DEPTH = 5;

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const indent = (depth: number) => '  '.repeat(depth);

  async function writeValue(node: unknown, depth: number): Promise<void> {
    const normalised = node ?? null;
    const container = typeof normalised === 'object' && normalised !== null;
    if (!container || depth >= STREAM_DEPTH) {
      const text = JSON.stringify(normalised, replacer, 2);
      await write(depth === 0 ? text : text.replace(/\n/g, `\n${indent(depth)}`));
      return;
    }
    const entries: [string | undefined, unknown][] = Array.isArray(normalised)
      ? normalised.map((item) => [undefined, item])
      : Object.entries(normalised);
    const [open, close] = Array.isArray(normalised) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) return write(`${open}${close}`);
    await write(`${open}\n`);
    for (const [i, [key, item]] of entries.entries()) {
      await write(`${indent(depth + 1)}${key === undefined ? '' : `${JSON.stringify(key)}: `}`);
      await writeValue(item, depth + 1);
      await write(i < entries.length - 1 ? ',\n' : '\n');
    }
    await write(`${indent(depth)}${close}`);
  }

  await writeValue(value, 0);
  await write('\n');
  out.end();
  await once(out, 'finish');
}
