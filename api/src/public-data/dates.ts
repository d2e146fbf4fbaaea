/** Today's date in London, YYYY-MM-DD: the dashboard's calendar is London's. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Calendar months from `from` (YYYY-MM) to `to` (YYYY-MM) inclusive, each with its last day. */
export function monthsBetween(from: string, to: string): { month: string; lastDay: string }[] {
  const months: { month: string; lastDay: string }[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key > endKey) break;
    // Day 0 of the next month is the last day of this one.
    const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    months.push({ month: key, lastDay });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

const POSTGRES_UTC = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)?\+00$/;

/** Timestamps from the database as ISO 8601 in UTC, e.g. 2024-09-19T17:27:55.123Z. */
export function toIsoInstant(value: string): string {
  // The common case, a UTC timestamp as PostgreSQL writes it, without parsing a Date: this runs
  // for every fact at every snapshot rebuild.
  const utc = POSTGRES_UTC.exec(value);
  if (utc) return `${utc[1]}T${utc[2]}${(utc[3] ?? ".000").padEnd(4, "0").slice(0, 4)}Z`;
  // PostgreSQL writes "2024-09-19 17:27:55.123+00"; ECMAScript wants "T" and "+00:00".
  const iso = value.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00");
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a timestamp: ${value}`);
  return date.toISOString();
}
