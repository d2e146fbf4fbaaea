import { type MouseEvent, useEffect, useRef } from "react";

export interface SummaryError {
  /** The id of the field the error is about; an error about the whole form has none. */
  fieldId?: string;
  message: string;
}

/** Moves focus to a field named in the error summary and brings its label into view. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const label =
    field.closest("fieldset")?.querySelector("legend") ??
    [...document.getElementsByTagName("label")].find((label) => label.htmlFor === fieldId) ??
    field;
  label.scrollIntoView?.();
  field.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: announced, focused each time a submission fails (`focusKey` changes),
 * each error a link to its field.
 */
export function ErrorSummary({
  errors,
  focusKey,
  title = "There is a problem",
}: {
  errors: readonly SummaryError[];
  focusKey: number;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;

  useEffect(() => {
    if (shown && focusKey > 0) ref.current?.focus();
  }, [focusKey, shown]);

  if (!shown) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ""}:${error.message}`}>
                {error.fieldId ? (
                  <a
                    href={`#${error.fieldId}`}
                    onClick={(event) => error.fieldId && focusField(event, error.fieldId)}
                  >
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
