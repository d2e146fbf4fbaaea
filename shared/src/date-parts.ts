/*
 * Dates typed as GOV.UK asks for them: three boxes, day, month and year
 * (https://design-system.service.gov.uk/components/date-input/). The web joins the boxes into one
 * value, "YYYY-M-D", keeping an empty box empty ("2026--12"), so the contract can say which box
 * is missing with GOV.UK's own words, and the API answers a bad date exactly as the form does.
 * No zod here: the public pages' first load checks dates with these functions alone.
 */

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type DateParts = Record<DatePart, string>;

export type DateCheck =
  | { ok: true; date: string }
  /** `parts`: the boxes with the problem, in the order they appear; all three when it is the whole date. */
  | { ok: false; message: string; parts: DatePart[] };

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function listParts(parts: readonly DatePart[]): string {
  return parts.length === 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "2026-3-" → { year: "2026", month: "3", day: "" }; a value without two hyphens is one whole box. */
export function splitDateValue(value: string): DateParts {
  const pieces = value.split("-");
  if (pieces.length !== 3) return { day: "", month: "", year: value };
  const [year = "", month = "", day = ""] = pieces;
  return { day: day.replace(/^0(?=\d)/, ""), month: month.replace(/^0(?=\d)/, ""), year };
}

/** The boxes as one value: "" when all are empty, otherwise "YYYY-MM-DD" with empty boxes left empty. */
export function joinDateParts(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return "";
  const pad = (text: string) => (/^\d$/.test(text) ? `0${text}` : text);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Checks a date's three boxes with GOV.UK's messages, naming the field ("Target date"):
 * "Enter the target date", "Target date must include a month", "Target date must be a real date".
 */
export function checkDateParts(parts: DateParts, label: string): DateCheck {
  const trimmed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = DATE_PARTS.filter((part) => trimmed[part] === "");
  if (missing.length === 3)
    return { ok: false, message: `Enter the ${lowerFirst(label)}`, parts: [...DATE_PARTS] };
  if (missing.length > 0) {
    return { ok: false, message: `${label} must include a ${listParts(missing)}`, parts: missing };
  }
  const notNumbers = DATE_PARTS.filter((part) => !/^\d+$/.test(trimmed[part]));
  if (notNumbers.length > 0) return { ok: false, message: `${label} must be a real date`, parts: notNumbers };
  if (trimmed.year.length !== 4) {
    return {
      ok: false,
      message: `The year of the ${lowerFirst(label)} must include 4 numbers`,
      parts: ["year"],
    };
  }
  const year = Number(trimmed.year);
  const month = Number(trimmed.month);
  const day = Number(trimmed.day);
  if (trimmed.month.length > 2 || month < 1 || month > 12) {
    return { ok: false, message: `${label} must be a real date`, parts: ["month"] };
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (trimmed.day.length > 2 || day < 1 || day > daysInMonth) {
    return { ok: false, message: `${label} must be a real date`, parts: ["day"] };
  }
  const date = `${trimmed.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { ok: true, date };
}

/** Checks a joined value ("2026--12", "" or a whole "YYYY-MM-DD") as its three boxes. */
export function checkDateValue(value: string, label: string): DateCheck {
  const parts = splitDateValue(value.trim());
  if (value.trim() !== "" && !value.includes("-")) {
    return { ok: false, message: `${label} must be a real date`, parts: [...DATE_PARTS] };
  }
  return checkDateParts(parts, label);
}
