/*
 * Calendar months for the leadership pages, as London calendar dates (YYYY-MM-DD) and months
 * (YYYY-MM). Pure string arithmetic in UTC, so no time zone can move a day.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string) => MONTH.test(value);

/** "2026-11-20" → "2026-11". */
export const monthOf = (date: string) => date.slice(0, 7);

/** "2026-02" → "2026-02-28". */
export function lastDayOfMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return new Date(Date.UTC(year, index, 0)).toISOString().slice(0, 10);
}

/** "2026-01" → "2025-12". */
export function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 1 ? `${year - 1}-12` : `${year}-${String(index - 1).padStart(2, "0")}`;
}

/** "2026-11-20" → "2026-11-01". */
export const firstDayOfMonth = (date: string) => `${monthOf(date)}-01`;

/** "2026-11-20" → "2026-10-31": the end of the last complete month. */
export const lastDayOfPreviousMonth = (date: string) => lastDayOfMonth(previousMonth(monthOf(date)));

/** Months from `from` to `to` inclusive, newest first. */
export function monthsNewestFirst(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = to; month >= from; month = previousMonth(month)) months.push(month);
  return months;
}
