/**
 * What kind of file an input is, from its first bytes: JSON (the preview LMS's "Export CMI JSON"), delimited text
 * (Moodle's report downloads and gradebook export), or something the report cannot read, named in the message.
 */
import { open } from 'node:fs/promises';
import { InputError } from '../errors.ts';
import { DelimitedTextParser, sniffDelimiter, type Delimiter } from './delimited-text.ts';

export type TextEncoding = 'utf8' | 'utf16le';

export type FileKind =
  { kind: 'json' } | { kind: 'delimited'; delimiter: Delimiter; encoding: TextEncoding; header: string[] };

const PEEK_BYTES = 64 * 1024;

export async function detectFileKind(file: string): Promise<FileKind> {
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(PEEK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, PEEK_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      file,
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder; name the export files themselves'
          : `cannot be read (${code ?? String(error)})`,
    );
  }
  if (head.length === 0) throw new InputError(file, 'is empty: it is not an LMS export');
  if (head[0] === 0x50 && head[1] === 0x4b)
    throw new InputError(
      file,
      "is a zip file (an Excel or OpenDocument workbook, or a SCORM package). The report reads Moodle's " +
        '"Download in text format" files (tab-separated) and the gradebook\'s plain text export; download those ' +
        'instead.',
    );
  const encoding: TextEncoding = head[0] === 0xff && head[1] === 0xfe ? 'utf16le' : 'utf8';
  const text = head.toString(encoding).replace(/^\uFEFF/, '');
  if (encoding === 'utf8' && head.includes(0))
    throw new InputError(file, 'is a binary file, not an LMS export (expected text or JSON)');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return { kind: 'json' };
  if (trimmed.startsWith('<'))
    throw new InputError(
      file,
      'is an HTML or XML page, not an export. If it came from Moodle, it may be a login or error page saved ' +
        'by mistake; use Download ▸ "Download in text format".',
    );
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = sniffDelimiter(firstLine);
  const header = splitHeader(firstLine, delimiter);
  return { kind: 'delimited', delimiter, encoding, header };
}

/** The header line's cells, unquoted (header cells hold no line breaks in any export the report reads). */
function splitHeader(line: string, delimiter: Delimiter): string[] {
  const [cells = []] = new DelimitedTextParser(delimiter).push(`${line}\n`);
  return cells.map((c) => c.trim());
}
