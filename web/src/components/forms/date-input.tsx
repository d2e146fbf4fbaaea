import { checkDateParts, DATE_PARTS, type DatePart, type DateParts } from "@ldd/shared/date-parts";
import type { ReactNode } from "react";

export const DATE_HINT = "For example, 20 11 2026";

const PART_LABELS: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };
const PART_WIDTHS: Record<DatePart, "2" | "4"> = { day: "2", month: "2", year: "4" };

/**
 * The id of one box of a date: the day box carries the field's id (what labels and most error
 * links point at); the month and year boxes add their name.
 */
export function dateBoxId(id: string, part: DatePart): string {
  return part === "day" ? id : `${id}-${part}`;
}

/**
 * The boxes to mark as wrong for an error: those the check finds wrong in what was typed (a
 * missing month marks the month alone); all three when the error is about the whole date, such as
 * a date before another.
 */
export function boxesInError(parts: DateParts, error: string | undefined): readonly DatePart[] {
  if (!error) return [];
  const checked = checkDateParts(parts, "Date");
  return checked.ok ? DATE_PARTS : checked.parts;
}

/** The box an error summary should link to: the first one with the problem. */
export function firstBoxInError(id: string, parts: DateParts, error: string | undefined): string {
  return dateBoxId(id, boxesInError(parts, error)[0] ?? "day");
}

/**
 * The GOV.UK date input: a fieldset whose legend is the question, a hint, the error, then day,
 * month and year boxes (https://design-system.service.gov.uk/components/date-input/), never the
 * browser's date picker, whose format follows the browser's language and which many screen reader
 * and keyboard users find hard. Controlled (`onChange`) in the forms that send JSON; uncontrolled
 * (`defaultValue`) in GET forms, whose boxes are named `<name>-day`, `<name>-month`, `<name>-year`
 * in the address.
 */
export function DateInputGroup({
  id,
  name,
  label,
  hint = DATE_HINT,
  error,
  parts,
  onChange,
  errorBoxes,
  legendClass = "govuk-fieldset__legend--s",
  className,
}: {
  id: string;
  /** The boxes' names: `<name>-day`… */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  parts: DateParts;
  /** Controlled when given; otherwise the boxes start with `parts` and the browser keeps what is typed. */
  onChange?: (part: DatePart, value: string) => void;
  /** The boxes with the problem, when the form checked what was typed itself (uncontrolled boxes). */
  errorBoxes?: readonly DatePart[];
  legendClass?: string;
  className?: string;
}) {
  const wrong = new Set(error ? (errorBoxes ?? boxesInError(parts, error)) : []);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div
      className={`govuk-form-group${error ? " govuk-form-group--error" : ""}${className ? ` ${className}` : ""}`}
    >
      <fieldset className="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{label}</legend>
        {hint ? (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <p className="govuk-error-message" id={`${id}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-date-input">
          {DATE_PARTS.map((part) => {
            const boxId = dateBoxId(id, part);
            const value = onChange
              ? {
                  value: parts[part],
                  onChange: (event: { target: { value: string } }) => onChange(part, event.target.value),
                }
              : { defaultValue: parts[part] };
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={boxId}>
                    {PART_LABELS[part]}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${PART_WIDTHS[part]}${wrong.has(part) ? " govuk-input--error" : ""}`}
                    id={boxId}
                    name={`${name}-${part}`}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    {...value}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
