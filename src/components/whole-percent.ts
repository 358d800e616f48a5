/**
 * Percentages are shown as whole numbers. One just short of a mark is rounded down, never up to the mark, so a
 * result that did not reach 80% is never shown as "80%".
 */
export function wholePercent(percent: number, mark: number, reached: boolean): number {
  const rounded = Math.round(percent);
  return !reached && rounded >= mark ? Math.floor(percent) : rounded;
}
