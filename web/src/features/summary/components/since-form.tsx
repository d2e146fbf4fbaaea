import { getLondonToday } from "@ldd/shared/dates";
import { DECLARATION_LAUNCH_DATE } from "@ldd/shared/reference-data";
import { type FormEvent, useState } from "react";

/** Chooses the date to compare today's figures with. Empty means no comparison. */
export function SinceForm({
  since,
  onSinceChange,
}: {
  since?: string;
  onSinceChange: (since: string | null) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  // The API compares with London's today, so the form does too.
  const today = getLondonToday();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("since");
    const text = typeof value === "string" ? value.trim() : "";
    if (text === "") {
      setError(null);
      onSinceChange(null);
      return;
    }
    // The date field gives YYYY-MM-DD; the API checks it against the contract as well.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
      setError("Enter a real date, for example 2024-01-31");
      return;
    }
    if (text > today) {
      setError("The date to compare with must be today or in the past");
      return;
    }
    setError(null);
    onSinceChange(text);
  };

  return (
    <form className="app-since-form" onSubmit={submit} noValidate key={since ?? "none"}>
      <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <label className="govuk-label govuk-label--s" htmlFor="since">
          Show change since
        </label>
        <div className="govuk-hint" id="since-hint">
          Compare today’s figures with the state at the end of a date. Leave empty for no comparison.
        </div>
        {error ? (
          <p className="govuk-error-message" id="since-error">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="app-since-form__row">
          <input
            className={`govuk-input govuk-input--width-10${error ? " govuk-input--error" : ""}`}
            id="since"
            name="since"
            type="date"
            min={DECLARATION_LAUNCH_DATE}
            max={today}
            defaultValue={since ?? ""}
            aria-describedby={error ? "since-hint since-error" : "since-hint"}
          />
          <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
            Compare
          </button>
          {since ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => onSinceChange(null)}
            >
              Clear comparison
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
