import type { ActivityQuery } from "@ldd/shared/leadership";
import { AccessProblem } from "@/components/access-problem.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { type ActivityScope, getActivityCsvHref, useActivity } from "../api/get-activity.ts";
import { ChangeTable } from "./change-table.tsx";

const changes = (count: number) => `${count.toLocaleString("en-GB")} ${count === 1 ? "change" : "changes"}`;

/**
 * A feed of changes as they were recorded, newest first: the public's (published only) or LOTI's
 * (with drafts, submissions and returns, each tagged with its state), with its CSV.
 */
export function ActivityFeed({
  scope,
  query,
  enabled = true,
  caption,
}: {
  scope: ActivityScope;
  query: ActivityQuery;
  enabled?: boolean;
  caption: string;
}) {
  const activity = useActivity(scope, query, enabled);
  if (!enabled) return null;
  return (
    <>
      <QueryBoundary
        query={activity}
        loadingLabel="Loading the activity…"
        errorTitle="Sorry, the activity could not be loaded"
        renderError={
          scope === "loti" ? (error, retry) => <AccessProblem error={error} onRetry={retry} /> : undefined
        }
      >
        {(data) => (
          <>
            <p className="govuk-body" role="status">
              {data.total === 0
                ? "No changes match."
                : data.total > data.changes.length
                  ? `Showing the latest ${changes(data.changes.length)} of ${changes(data.total)}; the CSV has them all.`
                  : `Showing ${changes(data.total)}, newest recorded first.`}
            </p>
            <ChangeTable
              changes={data.changes}
              caption={caption}
              date="recorded"
              showState={scope === "loti"}
            />
          </>
        )}
      </QueryBoundary>
      <p className="govuk-body app-no-print">
        <a className="govuk-link" href={getActivityCsvHref(scope, query)} download>
          Download this activity (CSV)
        </a>
      </p>
    </>
  );
}
