import { checkDateParts, DATE_PARTS, type DatePart } from "@ldd/shared/date-parts";
import { formatLongDate, getLondonToday } from "@ldd/shared/dates";
import { DECLARATION_LAUNCH_DATE } from "@ldd/shared/reference-data";
import { type FormEvent, useState } from "react";
import { DateInputGroup, dateBoxId } from "@/components/forms/date-input.tsx";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import type { DateQuery } from "@/lib/date-query.ts";

import { SINCE_LABEL } from "../utils/since.ts";

export { SINCE_LABEL };

interface Problem {
  message: string;
  /** The boxes to mark, the first of which the error summary links to. */
  boxes: readonly DatePart[];
}

/**
 * Chooses the date to compare today's figures with: a GET form of GOV.UK day, month and year
 * boxes (`since-day`, `since-month`, `since-year`), so it works without JavaScript; the page
 * reads the boxes from the address. With JavaScript it checks the date here and puts it in the
 * address as one parameter, `since=YYYY-MM-DD`. Empty means no comparison.
 */
export function SinceForm({
  since,
  onSinceChange,
}: {
  since: DateQuery;
  onSinceChange: (since: string | null) => void;
}) {
  const [checked, setChecked] = useState<Problem | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  // The API compares with London's today, so the form does too.
  const today = getLondonToday();
  const fromAddress =
    since.error !== null
      ? { message: since.error, boxes: since.errorBox ? [since.errorBox] : DATE_PARTS }
      : since.value > today
        ? { message: `${SINCE_LABEL} must be today or in the past`, boxes: DATE_PARTS }
        : null;
  const problem = checked ?? fromAddress;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const box = (part: string) => {
      const value = data.get(`since-${part}`);
      return typeof value === "string" ? value : "";
    };
    const parts = { day: box("day"), month: box("month"), year: box("year") };
    if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) {
      setChecked(null);
      onSinceChange(null);
      return;
    }
    const result = checkDateParts(parts, SINCE_LABEL);
    if (!result.ok) {
      setChecked({ message: result.message, boxes: result.parts });
      setFocusKey((key) => key + 1);
      return;
    }
    if (result.date > today || result.date < DECLARATION_LAUNCH_DATE) {
      setChecked({
        message:
          result.date > today
            ? `${SINCE_LABEL} must be today or in the past`
            : `${SINCE_LABEL} must be on or after ${formatLongDate(DECLARATION_LAUNCH_DATE)}, when the Declaration was launched`,
        boxes: DATE_PARTS,
      });
      setFocusKey((key) => key + 1);
      return;
    }
    setChecked(null);
    onSinceChange(result.date);
  };

  return (
    <>
      <ErrorSummary
        errors={
          problem
            ? [{ fieldId: dateBoxId("since", problem.boxes[0] ?? "day"), message: problem.message }]
            : []
        }
        focusKey={focusKey}
      />
      <form
        className="app-since-form"
        method="get"
        onSubmit={submit}
        noValidate
        key={`${since.parts.day}-${since.parts.month}-${since.parts.year}`}
      >
        <DateInputGroup
          id="since"
          name="since"
          label="Show change since"
          hint="Compare today’s figures with the state at the end of a date. For example, 31 1 2024. Leave empty for no comparison."
          error={problem?.message}
          errorBoxes={problem?.boxes}
          parts={since.parts}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Compare
          </button>
          {since.value ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => onSinceChange(null)}
            >
              Clear comparison
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
