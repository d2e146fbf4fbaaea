const dateFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormatter = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonthFormatter = new Intl.DateTimeFormat("en-GB", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const numberFormatter = new Intl.NumberFormat("en-GB");

/** "2019-06-10" → "10 June 2019". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormatter.format(date);
}

/** An ISO instant → "10 June 2019" (the day in UTC). */
export function formatDateTime(isoDateTime: string): string {
  return formatDate(new Date(isoDateTime).toISOString().slice(0, 10));
}

/** "2019-06" → "June 2019". */
export function formatMonth(isoMonth: string): string {
  const date = new Date(`${isoMonth}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoMonth : monthFormatter.format(date);
}

/** "2019-06" → "Jun 2019", for chart axes. */
export function formatShortMonth(isoMonth: string): string {
  const date = new Date(`${isoMonth}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoMonth : shortMonthFormatter.format(date);
}

export function formatNumber(value: number): string {
  return numberFormatter.format(value);
}

/** +3, −2 (true minus sign) or "no change". */
export function formatChange(change: number): string {
  if (change === 0) return "no change";
  return change > 0 ? `+${formatNumber(change)}` : `\u2212${formatNumber(Math.abs(change))}`;
}
