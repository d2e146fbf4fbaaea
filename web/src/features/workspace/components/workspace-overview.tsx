import type { Session } from "@ldd/shared/accounts";
import { formatLongDate } from "@ldd/shared/dates";
import { PARTNER_TYPE_LABELS } from "@ldd/shared/vocabulary";
import type { Workspace, WorkspacePartnership, WorkspaceSignature } from "@ldd/shared/workspace";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { NotificationBanner } from "@/components/notification-banner.tsx";
import { safeHref } from "@/lib/safe-href.ts";
import { commitmentsCsvPath } from "../api/import-commitments.ts";
import { CommitmentList } from "./commitment-list.tsx";
import { ImportCommitmentsForm } from "./import-commitments-form.tsx";
import { PendingState, ValueRow, WithdrawButton } from "./pending-values.tsx";
import { SubmitForReview } from "./submit-for-review.tsx";
import { canEdit } from "./workspace-gate.tsx";

const SAVED_MESSAGES: Record<string, string> = {
  signature: "The signature was saved as a draft.",
  commitment: "The commitment was saved as a draft.",
  status: "The status was reported as a draft.",
  "status-submitted": "The status was reported and submitted for review.",
  "target-date": "The new target date was saved as a draft.",
  partnership: "The partnership was saved as a draft.",
};

interface ReturnedChange {
  key: string;
  what: string;
  comment: string;
  /** The form that corrects it (a new draft that replaces it). */
  correctHref: string;
  /** The change to withdraw. */
  changeId: string;
}

/** Every returned change with the reviewer's comment and how to correct it, so the editor sees what to fix first. */
export function listReturnedChanges(workspace: Workspace): ReturnedChange[] {
  const gss = workspace.authority.gss;
  const returned: ReturnedChange[] = [];
  const add = (
    change: { state: string; reviewComment: string | null },
    key: string,
    what: string,
    correctHref: string,
  ) => {
    if (change.state === "returned") {
      returned.push({
        key,
        what,
        comment: change.reviewComment ?? "No comment given.",
        correctHref,
        changeId: key,
      });
    }
  };
  if (workspace.signature) {
    add(workspace.signature, workspace.signature.changeId, "The signature", `/manage/${gss}/signature`);
  }
  for (const commitment of workspace.commitments) {
    const base = `/manage/${gss}/commitments/${commitment.id}`;
    add(commitment, commitment.changeId, `Commitment “${commitment.title}”`, `${base}/edit`);
    for (const update of commitment.statusHistory) {
      add(
        update,
        update.id,
        `Status update of “${commitment.title}”`,
        `${base}/status?replaces=${update.id}`,
      );
    }
    for (const change of commitment.targetDateHistory) {
      add(
        change,
        change.id,
        `Target date of “${commitment.title}”`,
        `${base}/target-date?replaces=${change.id}`,
      );
    }
  }
  for (const partnership of workspace.partnerships) {
    add(
      partnership,
      partnership.changeId,
      `Partnership with ${partnership.partner.name}`,
      `/manage/${gss}/partnerships/${partnership.id}/edit`,
    );
  }
  return returned;
}

function Hidden({ children }: { children: string }) {
  return <span className="govuk-visually-hidden">{children}</span>;
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
    {
      key: "state",
      header: "State",
      cell: (partnership) =>
        partnership.state === "published" ? (
          "Published"
        ) : (
          <>
            <PendingState state={partnership.state} comment={partnership.reviewComment} />
            <br />
            <span className="govuk-body-s">
              {partnership.published
                ? `Public now: from ${formatLongDate(partnership.published.startDate)}${
                    partnership.published.endDate
                      ? ` to ${formatLongDate(partnership.published.endDate)}`
                      : ""
                  }. ${partnership.published.purpose}`
                : "Not public yet"}
            </span>
          </>
        ),
    },
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
          <p className="govuk-body">
            A returned change is not sent again as it was: correct it, and your correction goes to review with
            your next submission, or withdraw it.
          </p>
          <ul className="govuk-list govuk-list--spaced">
            {returned.map((change) => (
              <li key={change.key}>
                <strong>{change.what}:</strong> <span className="app-review-comment">{change.comment}</span>
                {editable ? (
                  <span className="app-button-group">
                    <Link className="govuk-link govuk-!-margin-right-2" href={change.correctHref}>
                      Correct it <Hidden>{`: ${change.what}`}</Hidden>
                    </Link>
                    <WithdrawButton gss={gss} changeId={change.changeId} what={change.what} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}

      <SubmitForReview gss={gss} pending={workspace.pending} editable={editable} />

      <h2 className="govuk-heading-m">Declaration signature</h2>
      {signature ? (
        <SignatureValues signature={signature} />
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

      <h2 className="govuk-heading-m govuk-!-margin-top-8" id="commitments">
        Commitments
      </h2>
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
      {workspace.commitments.length > 0 ? (
        <CommitmentList gss={gss} commitments={workspace.commitments} editable={editable} />
      ) : null}

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

/** The signature's values as the public sees them and, where different, the version on its way. */
function SignatureValues({ signature }: { signature: WorkspaceSignature }) {
  const pendingState = signature.state === "published" ? null : signature.state;
  const approver = (value: Pick<WorkspaceSignature, "approverName" | "approverRole">) =>
    [value.approverName, value.approverRole].filter(Boolean).join(", ") || "Not given";
  const link = (url: string | null) =>
    safeHref(url) ? (
      <a className="govuk-link app-break-anywhere" href={safeHref(url) ?? undefined}>
        {url}
      </a>
    ) : (
      "Not given"
    );
  const published = signature.published;
  const row = (label: string, publicNow: ReactNode, pending: ReactNode, differs: boolean) => (
    <ValueRow
      label={label}
      publicNow={published ? publicNow : "Nothing published yet"}
      pending={
        pendingState && (differs || !published)
          ? [{ value: pending, state: pendingState, comment: signature.reviewComment }]
          : undefined
      }
    />
  );
  return (
    <dl className="govuk-summary-list">
      {row(
        "Signed on",
        published ? formatLongDate(published.signedOn) : null,
        formatLongDate(signature.signedOn),
        published?.signedOn !== signature.signedOn,
      )}
      {row(
        "Senior approver",
        published ? approver(published) : null,
        approver(signature),
        !published || approver(published) !== approver(signature),
      )}
      {row(
        "Published commitment",
        link(published?.commitmentUrl ?? null),
        link(signature.commitmentUrl),
        published?.commitmentUrl !== signature.commitmentUrl,
      )}
    </dl>
  );
}
