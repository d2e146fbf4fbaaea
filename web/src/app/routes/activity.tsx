import { Link, useSearchParams } from "wouter";
import { ActivityFeed } from "@/features/changes/components/activity-feed.tsx";
import { ChangeFilterForm } from "@/features/changes/components/change-filter-form.tsx";
import { readChangeFilters } from "@/features/changes/utils/change-filters.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

/** The published activity feed: every published change, newest recorded first. */
export function ActivityRoute() {
  useDocumentTitle("Activity");
  const [searchParams] = useSearchParams();
  const { values, errors } = readChangeFilters(
    searchParams,
    { from: "", to: "" },
    { from: "first date", to: "last date" },
  );
  return (
    <>
      <h1 className="govuk-heading-xl">Activity</h1>
      <p className="govuk-body-l">
        Published changes to the records of London’s authorities, newest recorded first: what changed, from
        what to what, and why.
      </p>
      <ChangeFilterForm
        idPrefix="activity"
        label="Filter the activity"
        values={values}
        errors={errors}
        dates={{
          from: { label: "Recorded from", hint: "Counting this day; leave empty for any" },
          to: { label: "Recorded up to", hint: "Counting this day; leave empty for any" },
        }}
      />
      <ActivityFeed
        scope="public"
        enabled={errors.length === 0}
        caption="Published changes, newest recorded first"
        query={{
          from: values.from || undefined,
          to: values.to || undefined,
          authority: values.authority,
          kind: values.kind,
        }}
      />
      <p className="govuk-body">
        <Link className="govuk-link" href="/changes">
          See what changed between two dates
        </Link>
      </p>
    </>
  );
}
