import { DATE_PARTS, splitDateValue } from "@ldd/shared/date-parts";
import { CHANGE_KIND_LABELS, CHANGE_KINDS } from "@ldd/shared/leadership";
import { AUTHORITIES } from "@ldd/shared/reference-data";
import { useLocation, useSearch } from "wouter";
import { DateInputGroup, dateBoxId } from "@/components/forms/date-input.tsx";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import { useSearchForm } from "@/lib/search-form.ts";
import type { ChangeFilterValues, FilterError } from "../utils/change-filters.ts";

const sortedAuthorities = [...AUTHORITIES].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));

function DateInput({
  id,
  name,
  label,
  hint,
  value,
  error,
}: {
  id: string;
  name: "from" | "to";
  label: string;
  hint: string;
  value: string;
  error: FilterError | undefined;
}) {
  return (
    <DateInputGroup
      id={id}
      name={name}
      label={label}
      hint={`${hint}. For example, 31 10 2026`}
      error={error?.message}
      errorBoxes={error?.typed ? undefined : DATE_PARTS}
      parts={error?.typed ?? splitDateValue(value)}
      className="app-filters__group"
    />
  );
}

function Select({
  id,
  name,
  label,
  allLabel,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  value: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="govuk-form-group app-filters__group">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select className="govuk-select" id={id} name={name} defaultValue={value}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The filters of a change list as a GET form: dates, authority and kind (and, for what changed
 * between two dates, "as published"). Its values live in the address, so a filtered list can be
 * shared and reopened; it works without JavaScript.
 */
export function ChangeFilterForm({
  idPrefix,
  label,
  values,
  errors,
  dates,
  showAsPublished = false,
}: {
  idPrefix: string;
  /** The form's accessible name, e.g. "Filter the changes". */
  label: string;
  values: Pick<ChangeFilterValues, "authority" | "kind" | "asPublished"> & { from: string; to: string };
  errors: readonly FilterError[];
  dates: { from: { label: string; hint: string }; to: { label: string; hint: string } };
  showAsPublished?: boolean;
}) {
  const [location] = useLocation();
  const search = useSearch();
  const onSubmit = useSearchForm({ dates: ["from", "to"] });
  const errorOf = (field: FilterError["field"]) => errors.find((error) => error.field === field);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <ErrorSummary
        errors={errors.map((error) => ({
          fieldId: dateBoxId(id(error.field), error.box),
          message: error.message,
        }))}
        focusKey={0}
      />
      <form
        method="get"
        action={location}
        className="app-filters app-no-print"
        aria-label={label}
        onSubmit={onSubmit}
        noValidate
        // Re-mount the uncontrolled fields when the address changes (back button, "clear").
        key={search}
      >
        <DateInput id={id("from")} name="from" {...dates.from} value={values.from} error={errorOf("from")} />
        <DateInput id={id("to")} name="to" {...dates.to} value={values.to} error={errorOf("to")} />
        <Select
          id={id("authority")}
          name="authority"
          label="Authority"
          allLabel="All authorities"
          value={values.authority ?? ""}
          options={sortedAuthorities.map((authority) => ({ value: authority.gss, label: authority.name }))}
        />
        <Select
          id={id("kind")}
          name="kind"
          label="Kind of change"
          allLabel="All kinds"
          value={values.kind ?? ""}
          options={CHANGE_KINDS.map((kind) => ({ value: kind, label: CHANGE_KIND_LABELS[kind] }))}
        />
        {showAsPublished ? (
          <div className="govuk-form-group app-filters__group">
            <div className="govuk-checkboxes govuk-checkboxes--small">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={id("as-published")}
                  name="asPublished"
                  type="checkbox"
                  value="true"
                  defaultChecked={values.asPublished}
                  aria-describedby={id("as-published-hint")}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id("as-published")}>
                  As published
                </label>
                <div className="govuk-hint govuk-checkboxes__hint" id={id("as-published-hint")}>
                  Only what the public could see by the end date, so the list never changes.
                </div>
              </div>
            </div>
          </div>
        ) : null}
        <div className="govuk-button-group app-filters__actions">
          <button type="submit" className="govuk-button">
            Apply filters
          </button>
        </div>
      </form>
    </>
  );
}
