import { formatLongDate } from "@ldd/shared/dates";
import { Link, useLocation } from "wouter";
import { useView } from "@/lib/view.ts";
import { useMeta } from "../api/get-meta.ts";

/**
 * On every page shown as of a past date: which state it shows, how much has changed since, and a
 * way back to today. Without it a reader could take a past figure for today's.
 */
export function ViewBanner() {
  const view = useView();
  const [location] = useLocation();
  const meta = useMeta();
  if (view.asOf === null) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(view.asOf) ? formatLongDate(view.asOf) : view.asOf;
  const since = meta.data?.changesSince;
  return (
    <section className="govuk-inset-text app-view-banner" aria-label="Date shown">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
        {view.asPublished
          ? `This page shows what was published by the end of ${date}.`
          : `This page shows the records as they stood at the end of ${date}, as known today.`}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-1">
        {view.asPublished
          ? "Corrections published later are not included, so these figures do not change."
          : "Corrections recorded later are included."}
        {since !== undefined
          ? ` ${since === 0 ? "No" : since.toLocaleString("en-GB")} published change${since === 1 ? "" : "s"} ${view.asPublished ? "came after it" : "took effect after it"}.`
          : null}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        <Link className="govuk-link" href={location}>
          Show today’s records instead
        </Link>
      </p>
    </section>
  );
}

/** A small form, on every public page, to show it as of a past date (a GET form: works without JavaScript). */
export function ViewPicker() {
  const view = useView();
  const meta = useMeta();
  const [location] = useLocation();
  return (
    <details className="govuk-details app-view-picker">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Show this page as of a past date</span>
      </summary>
      <div className="govuk-details__text">
        <form method="get" action={location}>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="view-as-of">
              Date
            </label>
            <div className="govuk-hint" id="view-as-of-hint">
              The end of this day, in the form YYYY-MM-DD, for example 2024-03-31
              {meta.data ? `. Up to ${formatLongDate(meta.data.today)}.` : "."}
            </div>
            <input
              className="govuk-input govuk-input--width-10"
              id="view-as-of"
              name="asOf"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              defaultValue={view.asOf ?? ""}
              aria-describedby="view-as-of-hint"
            />
          </div>
          <div className="govuk-form-group">
            <div className="govuk-checkboxes govuk-checkboxes--small">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id="view-as-published"
                  name="asPublished"
                  type="checkbox"
                  value="true"
                  defaultChecked={view.asPublished}
                  aria-describedby="view-as-published-hint"
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor="view-as-published">
                  Only what was published by then
                </label>
                <div className="govuk-hint govuk-checkboxes__hint" id="view-as-published-hint">
                  Shows the page as the public saw it that day, for a permalink whose figures never change.
                </div>
              </div>
            </div>
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
            Show
          </button>
        </form>
      </div>
    </details>
  );
}
