/*
 * The dashboard's calendar is London's: "today", the day a change was saved and every date shown
 * are London dates, whatever the time zone of the server or the reader's browser. Calendar dates
 * (YYYY-MM-DD) and months (YYYY-MM) have no time zone and are formatted as they are; instants
 * (ISO 8601 with an offset) are first turned into London's wall-clock date or time.
 *
 * Only ECMAScript's Date and Intl: no Node or DOM APIs, so the api and the web share this module.
 */

const LONDON = "Europe/London";

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
// Calendar dates are formatted at midnight UTC in UTC, so no time zone can move them to another day.
const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const longMonth = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonth = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const londonTime = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: LONDON,
});

/** The London calendar date of a real instant, YYYY-MM-DD. */
function londonDateOf(date: Date): string {
  const parts = Object.fromEntries(
    londonParts.formatToParts(date).map((part) => [part.type, part.value] as const),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const HOUR = 3_600_000;
/** London's offset from UTC is a whole number of hours, so the UTC hour decides the London date. */
const londonDateByUtcHour = new Map<number, string>();

/** The London calendar date of an instant, YYYY-MM-DD; null when the text is not an instant. */
export function toLondonDate(instant: string): string | null {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return null;
  // Called for every published fact when the public data is rebuilt: Intl once per UTC hour.
  const hour = Math.floor(time / HOUR);
  let date = londonDateByUtcHour.get(hour);
  if (date === undefined) {
    if (londonDateByUtcHour.size >= 100_000) londonDateByUtcHour.clear();
    date = londonDateOf(new Date(hour * HOUR));
    londonDateByUtcHour.set(hour, date);
  }
  return date;
}

/** Today's date in London, YYYY-MM-DD. */
export function getLondonToday(now: Date = new Date()): string {
  return londonDateOf(now);
}

/** "2019-06-10" → a Date at midnight UTC that day, or null when the day is not in the calendar. */
function parseCalendarDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** "2019-06-10" → "10 June 2019". Anything else is returned as it is. */
const longDates = new Map<string, string>();
export function formatLongDate(isoDate: string): string {
  // Kept: the change feed formats the same few thousand dates for every change it describes.
  let formatted = longDates.get(isoDate);
  if (formatted === undefined) {
    const date = parseCalendarDate(isoDate);
    formatted = date ? longDate.format(date) : isoDate;
    if (longDates.size >= 50_000) longDates.clear();
    longDates.set(isoDate, formatted);
  }
  return formatted;
}

/** An instant → the London day it fell on, "10 June 2019" (00:30 in summer is that day, not the one before). */
export function formatInstantAsLongDate(instant: string): string {
  const londonDate = toLondonDate(instant);
  return londonDate ? formatLongDate(londonDate) : instant;
}

/** An instant → London's date and clock time, "10 June 2019 at 00:30". */
export function formatInstantAsLongDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return `${formatInstantAsLongDate(instant)} at ${londonTime.format(date)}`;
}

function parseMonth(isoMonth: string): Date | null {
  return parseCalendarDate(`${isoMonth}-01`);
}

/** "2019-06" → "June 2019". */
export function formatMonth(isoMonth: string): string {
  const date = parseMonth(isoMonth);
  return date ? longMonth.format(date) : isoMonth;
}

/** "2019-06" → "Jun 2019", for chart axes. */
export function formatShortMonth(isoMonth: string): string {
  const date = parseMonth(isoMonth);
  return date ? shortMonth.format(date) : isoMonth;
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

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
