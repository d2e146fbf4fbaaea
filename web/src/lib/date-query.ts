import { checkDateParts, type DatePart, type DateParts, splitDateValue } from "@ldd/shared/date-parts";

/** A date a GET form put in the address, read as the page shows it. */
export interface DateQuery {
  /** YYYY-MM-DD, or "" when no date was given (or the one given is wrong). */
  value: string;
  /** What the boxes show: as typed, so a wrong date can be corrected. */
  parts: DateParts;
  /** GOV.UK's message for a wrong date, naming it; null when it is fine or absent. */
  error: string | null;
  /** The first box with the problem, which an error summary links to. */
  errorBox: DatePart | null;
}

/**
 * Reads a date from the address, where it is one parameter (`since=2024-01-31`, as links and the
 * API write it) or the three boxes of a GET form submitted without JavaScript (`since-day`,
 * `since-month`, `since-year`). All empty is no date; anything else is checked with GOV.UK's
 * messages for `label` ("Date to compare with must include a month").
 */
export function readDateQuery(search: URLSearchParams, name: string, label: string): DateQuery {
  const boxes = ["day", "month", "year"].map((part) => search.get(`${name}-${part}`) ?? "");
  const whole = search.get(name)?.trim() ?? "";
  const fromBoxes = boxes.some((box) => box.trim() !== "") || whole === "";
  if (!fromBoxes && !/^\d{4}-\d{1,2}-\d{1,2}$/.test(whole)) {
    // Not a date at all (a hand-edited address): show it in the year box to correct.
    const parts = { day: "", month: "", year: whole };
    return { value: "", parts, error: `${label} must be a real date`, errorBox: "day" };
  }
  const parts: DateParts = fromBoxes
    ? { day: boxes[0] ?? "", month: boxes[1] ?? "", year: boxes[2] ?? "" }
    : splitDateValue(whole);
  if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) {
    return { value: "", parts, error: null, errorBox: null };
  }
  const checked = checkDateParts(parts, label);
  if (checked.ok) return { value: checked.date, parts, error: null, errorBox: null };
  return { value: "", parts, error: checked.message, errorBox: checked.parts[0] ?? "day" };
}

/** The parameters a date's GET form writes, to drop when the page writes the date as one. */
export const dateQueryBoxes = (name: string) => [`${name}-day`, `${name}-month`, `${name}-year`];
