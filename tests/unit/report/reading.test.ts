/** The readers' building blocks: delimited text as it streams, Moodle's cell values, SCORM responses. */
import { describe, expect, test } from 'vitest';
import {
  DelimitedTextParser,
  delimitedRecords,
  sniffDelimiter,
} from '../../../scripts/report/read/delimited-text.ts';
import {
  readResponse,
  readResult,
  splitInteractionId,
} from '../../../scripts/report/read/recorded-answer.ts';
import {
  decodeEntities,
  parseDuration,
  parseMoodleDate,
  parseNumber,
} from '../../../scripts/report/read/text-values.ts';

const parseAll = (text: string, delimiter: '\t' | ',' = '\t') => {
  const parser = new DelimitedTextParser(delimiter);
  return [...parser.push(text), ...parser.end()];
};

describe('delimited text', () => {
  test("Moodle's tab-separated rows: quoted cells with spaces, bare cells, a comma list unquoted", () => {
    expect(parseAll('Name\t"Email address"\n"George Cohort07"\tcohort07@example.com\ta,c,e\n')).toEqual([
      ['Name', 'Email address'],
      ['George Cohort07', 'cohort07@example.com', 'a,c,e'],
    ]);
  });

  test('doubled quotes, delimiters and line breaks inside quotes, CRLF, a BOM and no final line break', () => {
    expect(parseAll('\uFEFFa,"b ""quoted"", c","line\r\nbreak"\r\nlast,row', ',')).toEqual([
      ['a', 'b "quoted", c', 'line\r\nbreak'],
      ['last', 'row'],
    ]);
  });

  test('gives the same records however the text is cut into chunks', async () => {
    const text = 'h1\th2\n"x ""y"""\t"two\nlines"\r\nplain\t\n';
    const whole = parseAll(text);
    for (let cut = 1; cut < text.length; cut++) {
      async function* chunks() {
        yield text.slice(0, cut);
        yield text.slice(cut);
      }
      const records: string[][] = [];
      for await (const r of delimitedRecords(chunks(), '\t')) records.push(r);
      expect(records, `cut at ${cut}`).toEqual(whole);
    }
  });

  test('keeps empty trailing cells and skips blank lines', async () => {
    async function* chunks() {
      yield 'a\t\t\n\n b\t\n';
    }
    const records: string[][] = [];
    for await (const r of delimitedRecords(chunks(), '\t')) records.push(r);
    expect(records).toEqual([
      ['a', '', ''],
      [' b', ''],
    ]);
  });

  test('the delimiter is the one most used outside quotes', () => {
    expect(sniffDelimiter('Name\t"Email address"\tAttempt')).toBe('\t');
    expect(sniffDelimiter('"First name","Last name",Institution')).toBe(',');
    expect(sniffDelimiter('"a, b, c"\t"d"')).toBe('\t');
  });
});

describe("Moodle's cell values", () => {
  test('HTML entities from s() are decoded', () => {
    expect(decodeEntities('O&#039;Brien &amp; Sons &lt;3 &quot;x&quot;')).toBe('O\'Brien & Sons <3 "x"');
    expect(decodeEntities('no entities')).toBe('no entities');
  });

  test('long dates at minute precision, 12-hour clock', () => {
    const start = parseMoodleDate('Monday, 30 November 2026, 3:17 AM')!;
    expect(new Date(start).toISOString()).toBe('2026-11-30T03:17:00.000Z');
    expect(parseMoodleDate('Monday, 30 November 2026, 12:05 PM')! - start).toBe((8 * 60 + 48) * 60_000);
    expect(new Date(parseMoodleDate('Tuesday, 1 December 2026, 12:01 AM')!).toISOString()).toBe(
      '2026-12-01T00:01:00.000Z',
    );
    expect(parseMoodleDate('-')).toBeUndefined();
  });

  test('"no score" in its three forms is no number', () => {
    expect(parseNumber('91.67')).toBe(91.67);
    expect(parseNumber('0')).toBe(0);
    expect(parseNumber('-')).toBeUndefined();
    expect(parseNumber('Incomplete')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });

  test('SCORM 1.2 timespans and SCORM 2004 durations', () => {
    expect(parseDuration('00:00:37.93')).toBe(37_930);
    expect(parseDuration('0001:02:03')).toBe(3_723_000);
    expect(parseDuration('PT0.27S')).toBe(270);
    expect(parseDuration('PT1H2M3.5S')).toBe(3_723_500);
    expect(parseDuration('PT38S')).toBe(38_000);
    expect(parseDuration('P1DT1S')).toBe(86_401_000);
    expect(parseDuration('')).toBeUndefined();
    expect(parseDuration('PT')).toBeUndefined();
    expect(parseDuration('soon')).toBeUndefined();
  });
});

describe('interactions', () => {
  test('the -attempt-K suffix tells the knowledge-check tries apart', () => {
    expect(splitInteractionId('ment-quiet-dad-attempt-2')).toEqual({
      questionId: 'ment-quiet-dad',
      tryNumber: 2,
    });
    expect(splitInteractionId('ment-attempt-12-attempt-12')).toEqual({
      questionId: 'ment-attempt-12',
      tryNumber: 12,
    });
    expect(splitInteractionId('no-suffix')).toEqual({ questionId: 'no-suffix', tryNumber: 1 });
    // From now on the course writes the question's content version (four base-36 characters) before the try.
    expect(splitInteractionId('ment-quiet-dad_v3k9a-attempt-2')).toEqual({
      questionId: 'ment-quiet-dad',
      questionVersion: '3k9a',
      tryNumber: 2,
    });
    // Question ids are [a-z0-9-] (docs/content-format.md), so "_v" can only be the version's mark.
    expect(splitInteractionId('ment-value-attempt-1')).toEqual({ questionId: 'ment-value', tryNumber: 1 });
  });

  test('results in both versions', () => {
    expect(readResult('correct')).toBe('correct');
    expect(readResult('wrong')).toBe('wrong');
    expect(readResult('incorrect')).toBe('wrong');
    expect(readResult('neutral')).toBe('unknown');
    expect(readResult('')).toBe('unknown');
  });

  test('responses in both versions become option ids', () => {
    expect(readResponse('a,c,e')).toEqual(['a', 'c', 'e']);
    expect(readResponse('a[,]c[,]b')).toEqual(['a', 'c', 'b']);
    expect(readResponse('t')).toEqual(['t']);
    expect(readResponse('true')).toEqual(['t']);
    expect(readResponse('false')).toEqual(['f']);
    expect(readResponse('')).toEqual([]);
    expect(readResponse(undefined)).toBeUndefined();
  });
});
