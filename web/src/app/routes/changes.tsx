import { getLondonToday } from "@ldd/shared/dates";
import { Link, useSearchParams } from "wouter";
import { ChangeFilterForm } from "@/features/changes/components/change-filter-form.tsx";
import { ChangesBetween } from "@/features/changes/components/changes-between.tsx";
import { readChangeFilters } from "@/features/changes/utils/change-filters.ts";
import { lastDayOfPreviousMonth } from "@/lib/months.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { useView } from "@/lib/view.ts";

/**
 * What changed between two dates. By default, this month so far: from the end of last month to
 * today. Opened from a page shown as of a past date, it ends on that date, as that page did.
 */
export function ChangesRoute() {
  useDocumentTitle("What changed");
  const [searchParams] = useSearchParams();
  const view = useView();
  const today = getLondonToday();
  const to = view.asOf ?? today;
  const { values, errors } = readChangeFilters(searchParams, {
    from: lastDayOfPreviousMonth(to),
    to,
    asPublished: view.asPublished,
  });
  return (
    <>
      <h1 className="govuk-heading-xl">What changed between two dates</h1>
      <p className="govuk-body-l">
        Every published change to the records of London’s authorities that took effect after the start date,
        up to the end of the end date: signatures, LOTI membership, commitments, their status and target
        dates, and partnerships, with what changed from and to, and why.
      </p>
      <ChangeFilterForm
        idPrefix="changes"
        label="Filter the changes"
        values={values}
        errors={errors}
        showAsPublished
        dates={{
          from: { label: "Changes after", hint: "Not counting this day" },
          to: { label: "Up to the end of", hint: "Counting this day" },
        }}
      />
      <ChangesBetween
        enabled={errors.length === 0}
        query={{
          from: values.from,
          to: values.to,
          authority: values.authority,
          kind: values.kind,
          asPublished: values.asPublished ? true : undefined,
        }}
      />
      <p className="govuk-body">
        <Link className="govuk-link" href="/activity">
          See the activity feed: changes as they were recorded
        </Link>
      </p>
    </>
  );
}
