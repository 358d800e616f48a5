/** Figures as a trainer reads them: percentages, counts with their base, times in words. British English. */

export const percent = (share: number | undefined, digits = 0): string =>
  share === undefined ? '–' : `${(share * 100).toFixed(digits)}%`;

export const countOf = (part: number, whole: number): string => `${part} of ${whole}`;

export const decimal = (value: number | undefined, digits = 2): string =>
  value === undefined ? '–' : value.toFixed(digits).replace(/^-0\.00$/, '0.00');

export function duration(ms: number | undefined): string {
  if (ms === undefined) return '–';
  if (ms < 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Moodle's times are whole minutes: a span of 0 means "within the same minute". */
export const minutes = (ms: number): string => (ms < 60_000 ? 'under 1 min' : duration(ms));

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;
