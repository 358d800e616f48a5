/** Puts a learner's attempts and tries in the order they happened, as far as the exports tell. */
export type OrderKey = readonly number[];

export function compareOrder(a: OrderKey, b: OrderKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** LMS attempt, then when it started (or was last saved), then the order the report read it. */
export function recordOrder(
  record: {
    lmsAttempt: number | undefined;
    startedAt: number | undefined;
    lastAccessedAt: number | undefined;
  },
  arrival: number,
): OrderKey {
  return [
    record.lmsAttempt ?? Number.MAX_SAFE_INTEGER,
    record.startedAt ?? record.lastAccessedAt ?? Number.MAX_SAFE_INTEGER,
    arrival,
  ];
}
