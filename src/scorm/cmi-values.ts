/**
 * Turns course values into CMI data-type strings that both SCORM versions, scorm-again and strict LMSs (Moodle's
 * own regexes) accept. Pure functions; the version table in `data-model.ts` picks which one each element uses.
 */

const CENTISECONDS_PER_HOUR = 360_000;
/** SCORM 1.2 CMITimespan allows at most four hour digits: 9999:59:59.99. */
const MAX_TIMESPAN_CENTISECONDS = 10_000 * CENTISECONDS_PER_HOUR - 1;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Both versions allow at most two decimals of a second; negative or non-finite durations count as zero. */
function toCentiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
}

function splitDuration(centiseconds: number) {
  return {
    hours: Math.floor(centiseconds / CENTISECONDS_PER_HOUR),
    minutes: Math.floor(centiseconds / 6000) % 60,
    seconds: Math.floor(centiseconds / 100) % 60,
    hundredths: centiseconds % 100,
  };
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (at least two hour digits), clamped to 9999:59:59.99. */
export function formatTimespan(ms: number): string {
  const { hours, minutes, seconds, hundredths } = splitDuration(
    Math.min(toCentiseconds(ms), MAX_TIMESPAN_CENTISECONDS),
  );
  const fraction = hundredths > 0 ? `.${pad(hundredths)}` : '';
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fraction}`;
}

/** SCORM 2004 ISO 8601 duration such as `PT1H2M3.5S`; zero is `PT0S`. Hours are not folded into days. */
export function formatDuration(ms: number): string {
  const { hours, minutes, seconds, hundredths } = splitDuration(toCentiseconds(ms));
  const secondsText = String((seconds * 100 + hundredths) / 100);
  const parts = [hours > 0 ? `${hours}H` : '', minutes > 0 ? `${minutes}M` : ''];
  const needsSeconds = seconds > 0 || hundredths > 0 || parts.join('') === '';
  return `PT${parts.join('')}${needsSeconds ? `${secondsText}S` : ''}`;
}

/** SCORM 1.2 CMITime: the learner's local clock time `HH:MM:SS`. */
export function formatClockTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * SCORM 2004 time(second,10,0) `YYYY-MM-DDThh:mm:ss` in local time. No zone designator: scorm-again and Moodle
 * only accept `Z` or an offset after fractional seconds, and a bare local timestamp is valid everywhere.
 */
export function formatTimestamp(date: Date): string {
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${formatClockTime(date)}`;
}

/** CMIDecimal in plain notation (never `1e-7`), at most `digits` decimals, no trailing zeros. */
export function formatDecimal(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return '0';
  const fixed = value.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

export function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/**
 * An identifier valid in both versions: `[A-Za-z0-9._-]`, ending in a letter or digit (Moodle's 2004 pattern
 * requires that), at most `maxLength` characters. `fallback` stands in when nothing usable is left.
 */
export function toIdentifier(raw: string, maxLength: number, fallback: string): string {
  const cleaned = raw
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .slice(0, maxLength)
    .replace(/[^A-Za-z0-9]+$/, '');
  return cleaned === '' ? fallback : cleaned;
}

/**
 * Text for a localized string element: one line (scorm-again's pattern rejects line breaks), at most
 * `maxLength` characters, and never starting with `{`, which would be read as a `{lang=…}` tag.
 */
export function toSingleLineText(raw: string, maxLength: number): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s{]+/, '')
    .slice(0, maxLength)
    .trim();
}
