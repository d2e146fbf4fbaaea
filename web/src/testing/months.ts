/* Month arithmetic for the fixtures' series. */

/** Every month from `from` to `to` inclusive, as YYYY-MM. */
export function listMonths(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  const [endYear, endMonth] = to.split("-").map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** A step function: the value of the last step whose month is on or before `month`. */
export function stepValue(month: string, steps: ReadonlyArray<readonly [string, number]>): number {
  let value = 0;
  for (const [from, stepTo] of steps) if (from <= month) value = stepTo;
  return value;
}
