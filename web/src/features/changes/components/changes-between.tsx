import { formatLongDate } from "@ldd/shared/dates";
import type { ChangesQuery } from "@ldd/shared/leadership";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { type PageView, TODAY } from "@/lib/view.ts";
import { getChangesCsvHref, useChanges } from "../api/get-changes.ts";
import { summariseChanges } from "../utils/change-filters.ts";
import { ChangeCounts } from "./change-counts.tsx";
import { ChangeTable } from "./change-table.tsx";

/**
 * What changed between two dates: a sentence and a table of counts by kind, then every change,
 * newest first, with what it changed from and to and why, and the CSV of the same list.
 */
export function ChangesBetween({
  query,
  enabled = true,
  headingLevel = 2,
  linkView = TODAY,
}: {
  query: ChangesQuery;
  /** False while the dates are not valid: nothing is asked. */
  enabled?: boolean;
  headingLevel?: 2 | 3;
  linkView?: PageView;
}) {
  const changes = useChanges(query, enabled);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (!enabled) return null;
  const period = `${formatLongDate(query.from)} to ${formatLongDate(query.to)}`;
  return (
    <QueryBoundary
      query={changes}
      loadingLabel="Loading the changes…"
      errorTitle="Sorry, the changes could not be loaded"
    >
      {(data) => (
        <>
          <p className="govuk-body" role="status">
            {summariseChanges(data.from, data.to, data.changes.length, data.counts)}
          </p>
          <ChangeCounts counts={data.counts} caption={`Changes by kind, ${period}`} />
          <Heading className={headingLevel === 2 ? "govuk-heading-m" : "govuk-heading-s"}>
            Every change, newest first
          </Heading>
          <ChangeTable
            changes={data.changes}
            caption={`Changes from ${period}, newest first`}
            linkView={linkView}
          />
          <p className="govuk-body app-no-print">
            <a className="govuk-link" href={getChangesCsvHref(query)} download>
              Download these changes (CSV)
            </a>
          </p>
        </>
      )}
    </QueryBoundary>
  );
}
