/**
 * The values inside LMS exports, read into numbers and dates: Moodle's HTML-escaped cells and localised dates,
 * its three ways of saying "no score", and SCORM's two duration formats.
 */

const namedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Moodle passes every report cell through s(), so `&`, `<`, `>` and quotes arrive as HTML entities. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[body.toLowerCase()] ?? whole;
  });
}

/** A number (decimal point, or decimal comma where the file allows it), or undefined for Moodle's "no value" cells (`-`, empty, words such as "Incomplete"). */
export function parseNumber(text: string, decimalComma = false): number | undefined {
  const trimmed = text.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  // A spreadsheet re-saved in a European locale writes "91,67" (only in files not delimited by commas).
  if (decimalComma && /^-?\d+,\d+$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return undefined;
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Moodle's long date, e.g. "Monday, 30 November 2026, 3:17 AM": site-local time at minute precision with no zone.
 * Returned as milliseconds on a zone-free clock (read as if UTC), good for spans and ordering, not for display.
 */
export function parseMoodleDate(text: string): number | undefined {
  const m = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4}),?\s+(\d{1,2}):(\d{2})\s*(AM|PM)?/i.exec(text);
  if (!m) return undefined;
  const month = months.indexOf(m[2]!.toLowerCase());
  if (month < 0) return undefined;
  let hour = Number(m[4]);
  const meridiem = m[6]?.toUpperCase();
  if (meridiem === 'PM' && hour < 12) hour += 12;
  if (meridiem === 'AM' && hour === 12) hour = 0;
  return Date.UTC(Number(m[3]), month, Number(m[1]), hour, Number(m[5]));
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` or SCORM 2004 ISO 8601 duration `P…T…H…M…S`, in milliseconds. */
export function parseDuration(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const timespan = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(text.trim());
  if (timespan) return Math.round(((+timespan[1]! * 60 + +timespan[2]!) * 60 + +timespan[3]!) * 1000);
  const iso =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      text.trim(),
    );
  if (!iso || text.trim() === 'P' || text.trim().endsWith('T')) return undefined;
  const part = (k: number) => Number(iso[k] ?? 0);
  // Years and months have no fixed length; a learner's time in a module never runs to them.
  const totalSeconds =
    part(1) * 365 * 86400 + part(2) * 30 * 86400 + part(3) * 86400 + part(4) * 3600 + part(5) * 60 + part(6);
  return Math.round(totalSeconds * 1000);
}
