import * as z from "zod";
import { checkDateValue, DATE_PARTS } from "./date-parts.ts";

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A date field of a form or request body: YYYY-MM-DD, refused with GOV.UK's message for `label`.
 * An issue about the month or year box carries that box in its path ("targetDate.month"), so the
 * error summary can link to it; an issue about the day, or the whole date, names the field alone
 * (the day is its first box).
 */
export function dateFieldSchema(label: string) {
  return z
    .string({ error: `Enter the ${lowerFirst(label)}` })
    .superRefine((value, context) => {
      const checked = checkDateValue(value, label);
      if (checked.ok) return;
      const first = checked.parts[0];
      const wholeDate = checked.parts.length === DATE_PARTS.length;
      context.addIssue({
        code: "custom",
        message: checked.message,
        path: !wholeDate && (first === "month" || first === "year") ? [first] : [],
      });
    })
    .overwrite((value) => {
      const checked = checkDateValue(value, label);
      return checked.ok ? checked.date : value;
    })
    .meta({ format: "date", description: `${label}, YYYY-MM-DD` });
}
