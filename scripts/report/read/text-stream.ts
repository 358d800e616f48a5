/**
 * A file as a stream of text chunks, in the encoding its first bytes showed; bounded memory for any size. One
 * buffer is read into again and again (a stream's fresh buffer per chunk outlives the young generation and piles
 * up outside the heap until a full collection: a third of a large file at once).
 */
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { TextEncoding } from './file-kind.ts';

const CHUNK_BYTES = 64 * 1024;

export async function* textChunks(file: string, encoding: TextEncoding): AsyncGenerator<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    // The decoder keeps a character split between two reads for the next one.
    const decoder = new StringDecoder(encoding);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      const text = decoder.write(buffer.subarray(0, bytesRead));
      if (text !== '') yield text;
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  } finally {
    await handle.close();
  }
}
