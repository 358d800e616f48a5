/** The middle of a set of measurements; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of the values that were measured; null when none was (e.g. no paint recorded in any run). */
export function medianOfMeasured(values: readonly (number | null)[]): number | null {
  const measured = values.filter((value): value is number => value !== null && Number.isFinite(value));
  return measured.length === 0 ? null : median(measured);
}
