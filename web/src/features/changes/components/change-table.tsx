import { formatInstantAsLongDate, formatLongDate } from "@ldd/shared/dates";
import { CHANGE_KIND_LABELS, type Change } from "@ldd/shared/leadership";
import type { PublicationState } from "@ldd/shared/vocabulary";
import { Link } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { type PageView, TODAY, withView } from "@/lib/view.ts";

const STATE_TAGS: Record<PublicationState, { label: string; colour: string }> = {
  draft: { label: "Draft", colour: "govuk-tag--grey" },
  submitted: { label: "Submitted", colour: "govuk-tag--blue" },
  returned: { label: "Returned", colour: "govuk-tag--orange" },
  published: { label: "Published", colour: "govuk-tag--green" },
  withdrawn: { label: "Withdrawn", colour: "govuk-tag--grey" },
};

/**
 * Where a change is shown: a published one on the authority's public page (the commitment's own
 * section); one not yet published in the authority's workspace, where LOTI can read it.
 */
export function changeHref(change: Change, view: PageView = TODAY): string {
  const gss = change.authorityGss;
  if (change.state !== "published") {
    if (change.recordId && (change.recordType === "commitment" || change.recordType === "partnership")) {
      return `/manage/${gss}/history/${change.recordType}/${change.recordId}`;
    }
    return `/manage/${gss}`;
  }
  if (change.recordType === "commitment" && change.recordId) {
    return withView(`/authorities/${gss}#commitment-${change.recordId}`, view);
  }
  return withView(`/authorities/${gss}`, view);
}

function moved(days: number): string {
  if (days === 0) return "not moved";
  const amount = `${Math.abs(days)} ${Math.abs(days) === 1 ? "day" : "days"}`;
  return days > 0 ? `${amount} later` : `${amount} earlier`;
}

/**
 * Changes as a table: when, which authority, what changed from what to what (linking to the
 * record), why, and, in LOTI's feed, where each stands on its way to the public (a tag in words).
 */
export function ChangeTable({
  changes,
  caption,
  date = "effective",
  showState = false,
  linkView = TODAY,
}: {
  changes: readonly Change[];
  caption: string;
  /** The date to lead with: when it happened, or when it was recorded (a feed). */
  date?: "effective" | "recorded";
  showState?: boolean;
  /** The view links to public pages keep (a board report's month end). */
  linkView?: PageView;
}) {
  const columns: DataTableColumn<Change>[] = [
    {
      key: "date",
      header: date === "effective" ? "Date" : "Recorded",
      cell: (change) =>
        date === "effective" ? (
          formatLongDate(change.effectiveDate)
        ) : (
          <>
            {formatInstantAsLongDate(change.recordedAt)}
            {formatInstantAsLongDate(change.recordedAt) !== formatLongDate(change.effectiveDate) ? (
              <span className="app-secondary-text app-block">
                effective {formatLongDate(change.effectiveDate)}
              </span>
            ) : null}
          </>
        ),
    },
    { key: "authority", header: "Authority", cell: (change) => change.authorityName },
    {
      key: "change",
      header: "What changed",
      cell: (change) => (
        <>
          <Link className="govuk-link" href={changeHref(change, linkView)}>
            {change.recordTitle ?? change.summary}
          </Link>
          <span className="app-block app-change__values">
            {change.from !== null || change.to !== null ? (
              <>
                {CHANGE_KIND_LABELS[change.kind]}: {change.from ?? "none"} <span aria-hidden="true">→</span>
                <span className="govuk-visually-hidden">to</span> {change.to ?? "none"}
                {change.daysMoved !== null ? ` (${moved(change.daysMoved)})` : null}
              </>
            ) : change.recordTitle !== null ? (
              change.summary
            ) : null}
          </span>
        </>
      ),
    },
    {
      key: "why",
      header: "Why",
      cell: (change) => change.reason ?? <span className="app-secondary-text">Not given</span>,
    },
  ];
  if (showState) {
    columns.push({
      key: "state",
      header: "State",
      cell: (change) => {
        const tag = STATE_TAGS[change.state];
        return <strong className={`govuk-tag ${tag.colour}`}>{tag.label}</strong>;
      },
    });
  }
  return (
    <DataTable
      caption={caption}
      hideCaption
      columns={columns}
      rows={changes}
      rowKey={(change) => `${change.id}:${change.state}`}
      emptyMessage="No changes match."
      scroll="wide"
    />
  );
}
