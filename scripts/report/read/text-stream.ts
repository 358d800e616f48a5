/** A file as a stream of text chunks, in the encoding its first bytes showed; bounded memory for any size. */
import { createReadStream } from 'node:fs';
import type { TextEncoding } from './file-kind.ts';

export function textChunks(file: string, encoding: TextEncoding): AsyncIterable<string> {
  return createReadStream(file, { encoding, highWaterMark: 256 * 1024 });
}
