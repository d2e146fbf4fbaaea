import type { AuthorityProfile as AuthorityProfileData } from "@ldd/shared/authorities";
import { formatInstantAsLongDate, formatLongDate } from "@ldd/shared/dates";
import type { Partnership } from "@ldd/shared/partnerships";
import {
  EVIDENCE_CONFIDENCE_HINTS,
  EVIDENCE_CONFIDENCE_LABELS,
  EVIDENCE_CONFIDENCES,
  PARTNER_TYPE_LABELS,
} from "@ldd/shared/vocabulary";
import { useEffect } from "react";
import { Link } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { ErrorMessage } from "@/components/error-message.tsx";
import { NotFoundMessage } from "@/components/not-found-message.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { ApiError } from "@/lib/api-client.ts";
import { safeHref } from "@/lib/safe-href.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { useViewHref } from "@/lib/view.ts";
import { useAuthorityProfile } from "../api/get-authority-profile.ts";
import { CONFIRMATION_TAGS, describeConfirmation } from "../utils/confirmation.ts";
import { getFreshness } from "../utils/freshness.ts";
import { CommitmentDetail } from "./commitment-detail.tsx";
import { MembershipTimeline } from "./membership-timeline.tsx";

const PARTNERSHIP_COLUMNS: DataTableColumn<Partnership>[] = [
  { key: "partner", header: "Partner", cell: (partnership) => partnership.partner.name, rowHeader: true },
  { key: "type", header: "Type", cell: (partnership) => PARTNER_TYPE_LABELS[partnership.partner.type] },
  {
    key: "started",
    header: "Started",
    cell: (partnership) => formatLongDate(partnership.startDate),
    cellClassName: "app-nowrap",
  },
  {
    key: "ended",
    header: "Ended",
    cell: (partnership) => (partnership.endDate ? formatLongDate(partnership.endDate) : "–"),
    cellClassName: "app-nowrap",
  },
  { key: "purpose", header: "Purpose", cell: (partnership) => partnership.purpose },
  {
    key: "status",
    header: "Status",
    cell: (partnership) => (
      <strong className={`govuk-tag ${partnership.active ? "govuk-tag--green" : "govuk-tag--grey"}`}>
        {partnership.active ? "Active" : "Ended"}
      </strong>
    ),
  },
  {
    key: "confirmation",
    header: "Who says so",
    cell: (partnership) => <ConfirmationCell partnership={partnership} />,
  },
];

/** Partnerships other authorities reported with this one: named by the reporter. */
const NAMED_IN_COLUMNS: DataTableColumn<Partnership>[] = [
  {
    key: "reporter",
    header: "Reported by",
    cell: (partnership) => (
      <Link className="govuk-link" href={`/authorities/${partnership.authorityGss}`}>
        {partnership.authorityName}
      </Link>
    ),
    rowHeader: true,
  },
  ...PARTNERSHIP_COLUMNS.filter((column) => column.key !== "partner" && column.key !== "type"),
];

function ConfirmationCell({ partnership }: { partnership: Partnership }) {
  const tag = CONFIRMATION_TAGS[partnership.confirmation.state];
  return (
    <>
      {tag ? <strong className={`govuk-tag ${tag.className} app-confirmation-tag`}>{tag.text}</strong> : null}
      <span className="govuk-body-s app-confirmation-text">{describeConfirmation(partnership)}</span>
      {partnership.confirmation.comment ? (
        <span className="govuk-body-s app-confirmation-text">
          {partnership.confirmation.partnerName} says: “{partnership.confirmation.comment}”
        </span>
      ) : null}
    </>
  );
}

/** An authority's profile page content, with its own loading, not-found and error states. */
export function AuthorityProfile({ gss, now = new Date() }: { gss: string; now?: Date }) {
  const profile = useAuthorityProfile(gss);
  useDocumentTitle(
    profile.data?.authority.name ?? (profile.isError ? "Authority not found" : "Authority profile"),
  );

  return (
    <QueryBoundary
      query={profile}
      loadingLabel="Loading the authority's profile…"
      renderError={(error, retry) =>
        error instanceof ApiError && (error.status === 404 || error.status === 400) ? (
          <NotFoundMessage
            title="Authority not found"
            detail={`There is no London authority with the code “${gss}”. A GSS code looks like E09000012.`}
          />
        ) : (
          <>
            <h1 className="govuk-heading-l">Authority profile</h1>
            <ErrorMessage error={error} onRetry={retry} />
          </>
        )
      }
    >
      {(data) => <ProfileContent profile={data} now={now} />}
    </QueryBoundary>
  );
}

/** A profile's content: the public page, and an editor's preview of it with pending changes. */
export function ProfileContent({ profile, now }: { profile: AuthorityProfileData; now: Date }) {
  const { authority, signature, membership, commitments, partnerships } = profile;
  const freshness = getFreshness(authority.lastUpdatedAt, now);
  const viewHref = useViewHref();
  const commitmentUrl = safeHref(signature?.commitmentUrl);
  const approver = [signature?.approverName, signature?.approverRole].filter(Boolean).join(", ");

  // Content arrives after the browser looked for the #commitment-… target, so scroll to it now.
  useEffect(() => {
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView();
  }, []);

  return (
    <>
      <span className="govuk-caption-l">
        {authority.gss} · {authority.innerOuterOns === "inner" ? "Inner" : "Outer"} London
      </span>
      <h1 className="govuk-heading-l">{authority.name}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" href={viewHref(`/compare?with=${authority.gss}`)}>
          Compare with peers
          <span className="govuk-visually-hidden">
            : {authority.name} side by side with similar authorities
          </span>
        </Link>
      </p>

      <h2 className="govuk-heading-m">Declaration and LOTI membership</h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Signed the Declaration</dt>
          <dd className="govuk-summary-list__value">
            {signature ? formatLongDate(signature.signedOn) : "Not signed"}
          </dd>
        </div>
        {signature ? (
          <>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Senior approver</dt>
              <dd className="govuk-summary-list__value">{approver || "Not recorded"}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Published commitment</dt>
              <dd className="govuk-summary-list__value">
                {commitmentUrl ? (
                  <a className="govuk-link app-break-anywhere" href={commitmentUrl} rel="noopener noreferrer">
                    {authority.name}’s published commitment
                  </a>
                ) : (
                  "No link recorded"
                )}
              </dd>
            </div>
          </>
        ) : null}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">LOTI membership</dt>
          <dd className="govuk-summary-list__value">
            <MembershipTimeline
              name={authority.name}
              membership={membership}
              member={authority.lotiMember}
              founding={authority.foundingMember}
            />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Last updated</dt>
          <dd className="govuk-summary-list__value">
            {authority.lastUpdatedAt ? formatInstantAsLongDate(authority.lastUpdatedAt) : "Never"}
            {freshness.isStale ? (
              <>
                {" "}
                <strong className="govuk-tag govuk-tag--yellow">Stale</strong>
                <span className="govuk-body-s"> (not updated for over six months)</span>
              </>
            ) : null}
          </dd>
        </div>
      </dl>

      <h2 className="govuk-heading-l govuk-!-margin-top-8">
        Commitments <span className="app-secondary-text">({commitments.length})</span>
      </h2>
      <StatusConfidence counts={authority.statusClaimsByConfidence} />
      {commitments.length === 0 ? (
        <p className="govuk-body">{authority.name} has not published any commitments yet.</p>
      ) : (
        commitments.map((commitment) => (
          <CommitmentDetail
            key={commitment.id}
            commitment={commitment}
            headingId={`commitment-${commitment.id}`}
          />
        ))
      )}

      <h2 className="govuk-heading-l govuk-!-margin-top-8">
        Partnerships <span className="app-secondary-text">({partnerships.length})</span>
      </h2>
      <DataTable
        caption={`Partnerships of ${authority.name}`}
        columns={PARTNERSHIP_COLUMNS}
        rows={partnerships}
        rowKey={(partnership) => partnership.id}
        emptyMessage={`No partnerships have been published for ${authority.name}.`}
        scroll="wide"
      />
      <h3 className="govuk-heading-m">
        Partnerships other authorities reported with {authority.name}{" "}
        <span className="app-secondary-text">({profile.namedIn.length})</span>
      </h3>
      <DataTable
        caption={`Partnerships other authorities reported with ${authority.name}`}
        hideCaption
        columns={NAMED_IN_COLUMNS}
        rows={profile.namedIn}
        rowKey={(partnership) => partnership.id}
        emptyMessage={`No other authority has reported a partnership with ${authority.name}.`}
        scroll="wide"
      />
      <p className="govuk-body">
        <Link className="govuk-link" href={viewHref("/partners")}>
          See every partner organisation and how many authorities work with each
        </Link>
      </p>
    </>
  );
}

/** How far the current status claims can be trusted, counted: a sentence and a small table. */
function StatusConfidence({
  counts,
}: {
  counts: AuthorityProfileData["authority"]["statusClaimsByConfidence"];
}) {
  const rows = EVIDENCE_CONFIDENCES.map((confidence) => ({ confidence, count: counts[confidence] ?? 0 }));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) return null;
  const phrase = (count: number, label: string) => `${count} ${label.toLowerCase()}`;
  return (
    <>
      <p className="govuk-body">
        Of {total} reported status{total === 1 ? "" : "es"},{" "}
        {rows.map((row) => phrase(row.count, EVIDENCE_CONFIDENCE_LABELS[row.confidence])).join(", ")}.
      </p>
      <DataTable
        caption="Current status claims by confidence"
        columns={[
          {
            key: "confidence",
            header: "Confidence",
            rowHeader: true,
            cell: (row) => EVIDENCE_CONFIDENCE_LABELS[row.confidence],
          },
          { key: "meaning", header: "Meaning", cell: (row) => EVIDENCE_CONFIDENCE_HINTS[row.confidence] },
          { key: "count", header: "Commitments", numeric: true, cell: (row) => row.count },
        ]}
        rows={rows}
        rowKey={(row) => row.confidence}
      />
    </>
  );
}
