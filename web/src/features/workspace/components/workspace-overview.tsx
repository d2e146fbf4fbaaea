import type { Session } from "@ldd/shared/accounts";
import { formatLongDate } from "@ldd/shared/dates";
import { LOTI_AREAS, PRINCIPLES } from "@ldd/shared/reference-data";
import { PARTNER_TYPE_LABELS } from "@ldd/shared/vocabulary";
import type { Workspace, WorkspaceCommitment, WorkspacePartnership } from "@ldd/shared/workspace";
import { Link } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { NotificationBanner } from "@/components/notification-banner.tsx";
import { StatusTag } from "@/components/status-tag.tsx";
import { safeHref } from "@/lib/safe-href.ts";
import { commitmentsCsvPath } from "../api/import-commitments.ts";
import { ImportCommitmentsForm } from "./import-commitments-form.tsx";
import { StateTag } from "./state-tag.tsx";
import { SubmitForReview } from "./submit-for-review.tsx";
import { canEdit } from "./workspace-gate.tsx";

const SAVED_MESSAGES: Record<string, string> = {
  signature: "The signature was saved as a draft.",
  commitment: "The commitment was saved as a draft.",
  status: "The status was reported as a draft.",
  "target-date": "The new target date was saved as a draft.",
  partnership: "The partnership was saved as a draft.",
};

interface ReturnedChange {
  key: string;
  what: string;
  comment: string;
}

/** Every returned change with the reviewer's comment, so the editor sees what to fix first. */
export function listReturnedChanges(workspace: Workspace): ReturnedChange[] {
  const returned: ReturnedChange[] = [];
  const add = (key: string, state: string, what: string, comment: string | null) => {
    if (state === "returned") returned.push({ key, what, comment: comment ?? "No comment given." });
  };
  if (workspace.signature) {
    add("signature", workspace.signature.state, "The signature", workspace.signature.reviewComment);
  }
  for (const commitment of workspace.commitments) {
    add(commitment.id, commitment.state, `Commitment “${commitment.title}”`, commitment.reviewComment);
    for (const update of commitment.statusHistory) {
      add(update.id, update.state, `Status update of “${commitment.title}”`, update.reviewComment);
    }
    for (const change of commitment.targetDateHistory) {
      add(change.id, change.state, `Target date of “${commitment.title}”`, change.reviewComment);
    }
  }
  for (const partnership of workspace.partnerships) {
    add(
      partnership.id,
      partnership.state,
      `Partnership with ${partnership.partner.name}`,
      partnership.reviewComment,
    );
  }
  return returned;
}

function principleTitles(numbers: readonly number[]): string {
  return numbers
    .map((number) => {
      const principle = PRINCIPLES.find((item) => item.number === number);
      return principle ? `${number}. ${principle.title}` : String(number);
    })
    .join("; ");
}

function Hidden({ children }: { children: string }) {
  return <span className="govuk-visually-hidden">{children}</span>;
}

function CommitmentRecord({
  gss,
  commitment,
  editable,
}: {
  gss: string;
  commitment: WorkspaceCommitment;
  editable: boolean;
}) {
  const base = `/manage/${gss}/commitments/${commitment.id}`;
  const headingId = `commitment-${commitment.id}`;
  const area = LOTI_AREAS.find((item) => item.id === commitment.lotiArea);
  return (
    <article className="app-record" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        {commitment.title}
      </h3>
      <div className="app-record__tags">
        <StateTag state={commitment.state} />
        <StatusTag status={commitment.status} phase={commitment.phase} />
      </div>
      {commitment.state === "returned" && commitment.reviewComment ? (
        <div className="govuk-inset-text govuk-!-margin-top-0">
          <strong>Reviewer’s comment:</strong>{" "}
          <span className="app-review-comment">{commitment.reviewComment}</span>
        </div>
      ) : null}
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Target date</dt>
          <dd className="govuk-summary-list__value">
            {commitment.targetDate ? formatLongDate(commitment.targetDate) : "Not set"}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Principles</dt>
          <dd className="govuk-summary-list__value">{principleTitles(commitment.principles)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">LOTI area</dt>
          <dd className="govuk-summary-list__value">{area?.title ?? "None"}</dd>
        </div>
      </dl>
      <ul className="app-record__actions">
        {editable ? (
          <>
            <li>
              <Link className="govuk-link" href={`${base}/status`}>
                Report a status <Hidden>{`of “${commitment.title}”`}</Hidden>
              </Link>
            </li>
            <li>
              <Link className="govuk-link" href={`${base}/edit`}>
                Edit details <Hidden>{`of “${commitment.title}”`}</Hidden>
              </Link>
            </li>
            <li>
              <Link className="govuk-link" href={`${base}/target-date`}>
                Change the target date <Hidden>{`of “${commitment.title}”`}</Hidden>
              </Link>
            </li>
          </>
        ) : null}
        <li>
          <Link className="govuk-link" href={`/manage/${gss}/history/commitment/${commitment.id}`}>
            History <Hidden>{`of “${commitment.title}”`}</Hidden>
          </Link>
        </li>
      </ul>
    </article>
  );
}

function partnershipColumns(gss: string, editable: boolean): DataTableColumn<WorkspacePartnership>[] {
  return [
    {
      key: "partner",
      header: "Partner",
      rowHeader: true,
      cell: (partnership) => (
        <>
          {partnership.partner.name}
          <br />
          <span className="app-secondary-text">{PARTNER_TYPE_LABELS[partnership.partner.type]}</span>
        </>
      ),
    },
    {
      key: "dates",
      header: "Dates",
      cell: (partnership) =>
        `From ${formatLongDate(partnership.startDate)}${partnership.endDate ? ` to ${formatLongDate(partnership.endDate)}` : ""}`,
    },
    { key: "purpose", header: "Purpose", cell: (partnership) => partnership.purpose },
    { key: "state", header: "State", cell: (partnership) => <StateTag state={partnership.state} /> },
    {
      key: "actions",
      header: "Actions",
      cell: (partnership) => (
        <ul className="govuk-list">
          {editable ? (
            <li>
              <Link className="govuk-link" href={`/manage/${gss}/partnerships/${partnership.id}/edit`}>
                Edit <Hidden>{`the partnership with ${partnership.partner.name}`}</Hidden>
              </Link>
            </li>
          ) : null}
          <li>
            <Link className="govuk-link" href={`/manage/${gss}/history/partnership/${partnership.id}`}>
              History <Hidden>{`of the partnership with ${partnership.partner.name}`}</Hidden>
            </Link>
          </li>
        </ul>
      ),
    },
  ];
}

export function WorkspaceOverview({
  workspace,
  session,
  saved,
}: {
  workspace: Workspace;
  session: Session | null | undefined;
  saved: string | null;
}) {
  const { gss, name } = workspace.authority;
  const editable = canEdit(session, gss);
  const returned = listReturnedChanges(workspace);
  const signature = workspace.signature;
  const savedMessage = saved ? SAVED_MESSAGES[saved] : undefined;

  return (
    <>
      <span className="govuk-caption-l">{editable ? "Your authority" : "Read only"}</span>
      <h1 className="govuk-heading-l">{name}: Declaration records</h1>

      {savedMessage ? (
        <NotificationBanner title="Success" heading={savedMessage} success>
          <p className="govuk-body">It will be public once you submit it and a LOTI reviewer publishes it.</p>
        </NotificationBanner>
      ) : null}

      {returned.length > 0 ? (
        <NotificationBanner
          title="Returned by a reviewer"
          heading={`LOTI returned ${returned.length === 1 ? "1 change" : `${returned.length} changes`} for you to look at`}
        >
          <ul className="govuk-list govuk-list--spaced">
            {returned.map((change) => (
              <li key={change.key}>
                <strong>{change.what}:</strong> <span className="app-review-comment">{change.comment}</span>
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}

      <SubmitForReview gss={gss} pending={workspace.pending} editable={editable} />

      <h2 className="govuk-heading-m">Declaration signature</h2>
      {signature ? (
        <div className="app-record">
          <div className="app-record__tags">
            <StateTag state={signature.state} />
          </div>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Signed on</dt>
              <dd className="govuk-summary-list__value">{formatLongDate(signature.signedOn)}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Senior approver</dt>
              <dd className="govuk-summary-list__value">
                {[signature.approverName, signature.approverRole].filter(Boolean).join(", ") || "Not given"}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Published commitment</dt>
              <dd className="govuk-summary-list__value app-break-anywhere">
                {safeHref(signature.commitmentUrl) ? (
                  <a className="govuk-link" href={safeHref(signature.commitmentUrl) ?? undefined}>
                    {signature.commitmentUrl}
                  </a>
                ) : (
                  "Not given"
                )}
              </dd>
            </div>
          </dl>
        </div>
      ) : (
        <p className="govuk-body">No signature has been recorded.</p>
      )}
      <p className="govuk-body">
        {editable ? (
          <Link className="govuk-link govuk-!-margin-right-4" href={`/manage/${gss}/signature`}>
            {signature ? "Change the signature" : "Record the signature"}
          </Link>
        ) : null}
        {signature ? (
          <Link className="govuk-link" href={`/manage/${gss}/history/signature/${signature.id}`}>
            History <Hidden>of the signature</Hidden>
          </Link>
        ) : null}
      </p>

      <h2 className="govuk-heading-m govuk-!-margin-top-8">Commitments</h2>
      {editable ? (
        <p className="govuk-body">
          <Link
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            href={`/manage/${gss}/commitments/new`}
          >
            Add a commitment
          </Link>
        </p>
      ) : null}
      {workspace.commitments.length === 0 ? (
        <p className="govuk-body">No commitments have been recorded.</p>
      ) : null}
      {workspace.commitments.map((commitment) => (
        <CommitmentRecord key={commitment.id} gss={gss} commitment={commitment} editable={editable} />
      ))}

      <h2 className="govuk-heading-m govuk-!-margin-top-8">Partnerships</h2>
      {editable ? (
        <p className="govuk-body">
          <Link
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            href={`/manage/${gss}/partnerships/new`}
          >
            Add a partnership
          </Link>
        </p>
      ) : null}
      <DataTable
        caption={`Partnerships of ${name}`}
        columns={partnershipColumns(gss, editable)}
        rows={workspace.partnerships}
        rowKey={(partnership) => partnership.id}
        emptyMessage="No partnerships have been recorded."
      />

      <h2 className="govuk-heading-m govuk-!-margin-top-8">Spreadsheet</h2>
      <p className="govuk-body">
        Download the commitments as a spreadsheet, change them, and import the same file. Rows with an id
        update that commitment; rows without one add a commitment.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>Dates can be day/month/year (31/03/2027), as Excel and LibreOffice save them, or 2027-03-31.</li>
        <li>When you move a target date, say why in the target_date_reason column of that row.</li>
        <li>Principles are numbers from 1 to 5, separated by commas.</li>
      </ul>
      <p className="govuk-body">
        <a className="govuk-link" href={commitmentsCsvPath(gss)} download>
          Download commitments (CSV)
        </a>
      </p>
      {editable ? <ImportCommitmentsForm gss={gss} /> : null}
    </>
  );
}
