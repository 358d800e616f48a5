/**
 * Delimited text (Moodle's tab-separated "CSV", the gradebook's comma-separated file) split into records as the
 * text streams in, so a large export never has to fit in memory. Handles quoted fields with delimiters, doubled
 * quotes and line breaks inside, LF or CRLF line ends and a leading byte-order mark.
 */
import { InputError } from '../errors.ts';

const QUOTE = 34;
const LF = 10;

export type Delimiter = '\t' | ',' | ';';

export class DelimitedTextParser {
  private record: string[] = [];
  private field = '';
  private inQuotes = false;
  /** Inside quotes, the last character was a quote: the end of the quoted part, or the first of a pair. */
  private quotePending = false;
  private firstChunk = true;
  private readonly delimiter: number;

  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Feeds the next piece of text; returns the records it completed. */
  push(chunk: string): string[][] {
    return [...this.records(chunk)];
  }

  /**
   * Feeds the next piece of text and gives the records it completes one at a time, so only the record being read
   * is alive (a whole chunk's records at once would outlive the young generation and pile up as old garbage).
   */
  *records(chunk: string): Generator<string[]> {
    let i = 0;
    if (this.firstChunk && chunk.length > 0) {
      this.firstChunk = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    let runStart = i;
    const n = chunk.length;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (c === QUOTE) {
            this.field += '"';
            i++;
            runStart = i;
            continue;
          }
          this.inQuotes = false;
          runStart = i;
          continue; // the character after a closing quote is read as unquoted text
        }
        if (c === QUOTE) {
          this.field += chunk.slice(runStart, i);
          this.quotePending = true;
          i++;
          runStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === this.delimiter) {
        this.record.push(this.field + chunk.slice(runStart, i));
        this.field = '';
        i++;
        runStart = i;
      } else if (c === LF) {
        this.record.push(stripCarriageReturn(this.field + chunk.slice(runStart, i)));
        const record = this.record;
        this.record = [];
        this.field = '';
        i++;
        runStart = i;
        yield record;
      } else if (c === QUOTE && runStart === i && this.field === '') {
        this.inQuotes = true;
        i++;
        runStart = i;
      } else {
        i++;
      }
    }
    this.field += chunk.slice(runStart, n);
  }

  /** The text so far ends inside a quoted cell. */
  get endsInQuotes(): boolean {
    return this.inQuotes && !this.quotePending;
  }

  /** The last record when the text does not end with a line break. */
  end(): string[][] {
    if (this.record.length === 0 && this.field === '' && !this.inQuotes) return [];
    this.record.push(stripCarriageReturn(this.field));
    const last = this.record;
    this.record = [];
    this.field = '';
    this.inQuotes = false;
    this.quotePending = false;
    return [last];
  }
}

const stripCarriageReturn = (s: string) => (s.endsWith('\r') ? s.slice(0, -1) : s);

/**
 * Records from a stream of text chunks; blank lines are skipped. With `file`, text that ends without a line break
 * (every LMS download and spreadsheet save ends with one) is a download cut off in its last row, and stops with
 * the file named rather than read a truncated cell as data.
 */
export async function* delimitedRecords(
  chunks: AsyncIterable<string>,
  delimiter: Delimiter,
  file?: string,
): AsyncGenerator<string[]> {
  const parser = new DelimitedTextParser(delimiter);
  let records = 0;
  for await (const chunk of chunks)
    for (const record of parser.records(chunk))
      if (!isBlank(record)) {
        records++;
        yield record;
      }
  const inQuotes = parser.endsInQuotes;
  for (const record of parser.end())
    if (!isBlank(record)) {
      if (file !== undefined)
        throw new InputError(
          file,
          `ends in the middle of row ${records + 1}${inQuotes ? ' (inside a quoted cell)' : ''}, with no line ` +
            'break after it: the download was cut off, so the file is not read. Download it again and run the ' +
            'report on the new file.',
        );
      yield record;
    }
}

const isBlank = (record: readonly string[]) => record.length === 1 && record[0]!.trim() === '';

/** The delimiter of a header line: whichever of tab, comma and semicolon occurs most outside quotes. */
export function sniffDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { '\t': 0, ',': 0, ';': 0 };
  let inQuotes = false;
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\t' || ch === ',' || ch === ';')) counts[ch]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return best;
}
