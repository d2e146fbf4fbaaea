import { checkDateParts } from "@ldd/shared/date-parts";
import type { FormEvent } from "react";
import { useSearchParams } from "wouter";
import { dateQueryBoxes } from "./date-query.ts";

/**
 * A GET form whose fields live in the address: it works without JavaScript (the browser submits
 * it), and with JavaScript it replaces only its own fields in the query string, keeping the
 * others (the view, other forms' choices) and dropping the empty ones.
 *
 * `dates` names the form's GOV.UK dates (boxes `<name>-day`, `-month`, `-year`): a real date is
 * written as one parameter, `<name>=YYYY-MM-DD`, as links write it; a wrong one keeps its boxes
 * as typed, so the page can say what is wrong (readDateQuery).
 */
export function useSearchForm({
  dates = [],
}: {
  dates?: readonly string[];
} = {}): (event: FormEvent<HTMLFormElement>) => void {
  const [, setSearchParams] = useSearchParams();
  return (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const names = new Set(
      [...form.elements].flatMap((element) =>
        "name" in element && typeof element.name === "string" && element.name !== "" ? [element.name] : [],
      ),
    );
    for (const date of dates) names.add(date);
    const typed = new URLSearchParams();
    for (const [name, value] of data) {
      if (typeof value === "string" && value.trim() !== "") typed.set(name, value.trim());
    }
    const realDates = new Map<string, string>();
    for (const date of dates) {
      const [day = "", month = "", year = ""] = dateQueryBoxes(date).map((box) => typed.get(box) ?? "");
      const checked = checkDateParts({ day, month, year }, "Date");
      if (checked.ok) realDates.set(date, checked.date);
    }
    // In the form's order, a real date in place of its boxes.
    const values = new URLSearchParams();
    for (const [name, value] of typed) {
      const date = name.replace(/-(day|month|year)$/, "");
      const realDate = realDates.get(date);
      if (realDate === undefined) values.set(name, value);
      else if (!values.has(date)) values.set(date, realDate);
    }
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const name of names) next.delete(name);
      for (const [name, value] of values) next.set(name, value);
      return next;
    });
  };
}
