import { formatInstantAsLongDate } from "@ldd/shared/dates";
import type { Attention } from "@ldd/shared/leadership";
import { Link } from "wouter";
import { DataTable } from "@/components/data-table.tsx";
import { getAttentionCsvHref } from "../api/get-attention.ts";

const RECORD_LABELS: Record<Attention["returned"][number]["recordType"], string> = {
  signature: "Signature",
  commitment: "Commitment",
  status_update: "Status update",
  target_date: "Target date",
  partnership: "Partnership",
};

/** Submissions waiting for a reviewer, oldest first, each linking to the review queue. */
export function AwaitingReview({ attention }: { attention: Attention }) {
  const items = attention.awaitingReview;
  return (
    <section className="app-attention" aria-labelledby="awaiting-review-heading">
      <h3 className="govuk-heading-s" id="awaiting-review-heading">
        Awaiting review <span className="app-count">{items.length}</span>
      </h3>
      <DataTable
        caption="Submissions awaiting review, oldest first"
        hideCaption
        columns={[
          {
            key: "authority",
            header: "Authority",
            rowHeader: true,
            cell: (item) => (
              <Link className="govuk-link" href="/review">
                {item.authorityName}
                <span className="govuk-visually-hidden">: review this submission</span>
              </Link>
            ),
          },
          {
            key: "submitted",
            header: "Submitted",
            cellClassName: "app-nowrap",
            cell: (item) => formatInstantAsLongDate(item.submittedAt),
          },
          { key: "changes", header: "Changes", numeric: true, cell: (item) => item.changes },
        ]}
        rows={items}
        rowKey={(item) => item.authorityGss}
        emptyMessage="Nothing is waiting for review."
      />
      <p className="govuk-body app-no-print">
        <a className="govuk-link" href={getAttentionCsvHref("awaiting_review")} download>
          Download the submissions awaiting review (CSV)
        </a>
      </p>
    </section>
  );
}

/** Changes a reviewer returned that the authority has not answered yet, oldest first. */
export function ReturnedNotAnswered({ attention }: { attention: Attention }) {
  const items = attention.returned;
  return (
    <section className="app-attention" aria-labelledby="returned-heading">
      <h3 className="govuk-heading-s" id="returned-heading">
        Returned, not yet answered <span className="app-count">{items.length}</span>
      </h3>
      <DataTable
        caption="Returned changes not yet answered, oldest first"
        hideCaption
        columns={[
          {
            key: "record",
            header: "Record",
            rowHeader: true,
            cell: (item) => (
              <Link className="govuk-link" href={`/manage/${item.authorityGss}`}>
                {RECORD_LABELS[item.recordType]}
                {item.recordTitle ? `: ${item.recordTitle}` : ""}
              </Link>
            ),
          },
          { key: "authority", header: "Authority", cell: (item) => item.authorityName },
          {
            key: "returned",
            header: "Changed",
            cellClassName: "app-nowrap",
            cell: (item) => formatInstantAsLongDate(item.recordedAt),
          },
          {
            key: "comment",
            header: "Reviewer’s comment",
            cell: (item) => item.comment ?? <span className="app-secondary-text">None</span>,
          },
        ]}
        rows={items}
        rowKey={(item) => `${item.recordType}:${item.recordId}`}
        emptyMessage="No returned change is waiting for an answer."
        scroll="wide"
      />
      <p className="govuk-body app-no-print">
        <a className="govuk-link" href={getAttentionCsvHref("returned")} download>
          Download the returned changes (CSV)
        </a>
      </p>
    </section>
  );
}
