import { formatInstantAsLongDate, formatLongDate, getLondonToday } from "@ldd/shared/dates";
import type { AuthorityMembership, RecordedMembershipEvent } from "@ldd/shared/membership";
import { LOTI_LAUNCH_DATE } from "@ldd/shared/reference-data";
import { MEMBERSHIP_EVENT_KINDS, MEMBERSHIP_EVENT_LABELS } from "@ldd/shared/vocabulary";
import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { AccessProblem } from "@/components/access-problem.tsx";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import { CheckableField, DateField, TextareaField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { NotificationBanner } from "@/components/notification-banner.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useMembership } from "../api/get-membership.ts";
import { loadMembershipEventInputSchema, useRecordMembershipEvent } from "../api/record-membership-event.ts";
import {
  loadMembershipWithdrawalInputSchema,
  useWithdrawMembershipEvent,
} from "../api/withdraw-membership-event.ts";

const EVENT_FIELDS = ["kind", "effectiveDate", "reason"] as const;
const WITHDRAW_FIELDS = ["reason"] as const;

/** Said when another administrator recorded a change first: the page now shows it. */
const CHANGED_MEANWHILE =
  "Someone recorded a change to this membership since you opened the page. The list now shows it: check it, then send your change again.";

function RecordEventForm({
  membership,
  onDone,
}: {
  membership: AuthorityMembership;
  onDone: (text: string) => void;
}) {
  const [kind, setKind] = useState(
    membership.member ? "left" : membership.events.length === 0 ? "" : "joined",
  );
  const [effectiveDate, setEffectiveDate] = useState(getLondonToday());
  const [reason, setReason] = useState("");
  const form = useFormSubmission({
    fields: EVENT_FIELDS,
    loadSchema: loadMembershipEventInputSchema,
    mutation: useRecordMembershipEvent(membership.authority.gss),
    onSuccess: (_result, body) => {
      onDone(
        `${MEMBERSHIP_EVENT_LABELS[body.kind]} on ${formatLongDate(body.effectiveDate)}: recorded and published`,
      );
      setReason("");
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit({
      kind: kind === "" ? undefined : kind,
      effectiveDate,
      reason,
      expectedVersion: membership.version,
    });
  };
  const summaryErrors = form.conflict ? [{ message: CHANGED_MEANWHILE }] : form.summaryErrors;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="record-membership-title">
      <h2 className="govuk-heading-m" id="record-membership-title">
        Record a join or leave
      </h2>
      <ErrorSummary errors={summaryErrors} focusKey={form.focusKey} />
      <CheckableField
        type="radio"
        path="kind"
        label="What happened"
        error={form.fieldErrors.kind}
        value={kind}
        onChange={setKind}
        options={MEMBERSHIP_EVENT_KINDS.map((value) => ({
          value,
          label: MEMBERSHIP_EVENT_LABELS[value],
          hint:
            value === "founding"
              ? `Only for a join on ${formatLongDate(LOTI_LAUNCH_DATE)}, LOTI’s launch`
              : undefined,
        }))}
      />
      <DateField
        path="effectiveDate"
        label="Date"
        hint="The day it took effect. For example, 1 4 2026"
        error={form.fieldErrors.effectiveDate}
        value={effectiveDate}
        onChange={setEffectiveDate}
      />
      <TextareaField
        path="reason"
        label="Reason"
        hint="Why, or where the record comes from: the public sees it on the authority’s profile"
        error={form.fieldErrors.reason}
        value={reason}
        onChange={setReason}
        rows={3}
      />
      <button type="submit" className="govuk-button" disabled={form.pending}>
        Record and publish
      </button>
    </form>
  );
}

function WithdrawForm({
  membership,
  event,
  onDone,
}: {
  membership: AuthorityMembership;
  event: RecordedMembershipEvent;
  onDone: (text: string) => void;
}) {
  const [reason, setReason] = useState("");
  const idPrefix = `withdraw-${event.id}-`;
  const what = `${MEMBERSHIP_EVENT_LABELS[event.kind]} on ${formatLongDate(event.effectiveDate)}`;
  const form = useFormSubmission({
    fields: WITHDRAW_FIELDS,
    loadSchema: loadMembershipWithdrawalInputSchema,
    mutation: useWithdrawMembershipEvent(membership.authority.gss, event.id),
    idPrefix,
    onSuccess: () => onDone(`${what}: withdrawn`),
  });
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Withdraw<span className="govuk-visually-hidden"> {what}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <form
          noValidate
          aria-label={`Withdraw ${what}`}
          onSubmit={(submitted) => {
            submitted.preventDefault();
            void form.submit({ reason, expectedVersion: membership.version });
          }}
        >
          <ErrorSummary
            errors={form.conflict ? [{ message: CHANGED_MEANWHILE }] : form.summaryErrors}
            focusKey={form.focusKey}
          />
          <TextareaField
            id={`${idPrefix}reason`}
            path="reason"
            label="Why it is withdrawn"
            error={form.fieldErrors.reason}
            value={reason}
            onChange={setReason}
            rows={2}
          />
          <button type="submit" className="govuk-button govuk-button--warning" disabled={form.pending}>
            Withdraw this event
          </button>
        </form>
      </div>
    </details>
  );
}

function eventColumns(
  membership: AuthorityMembership,
  onDone: (text: string) => void,
): DataTableColumn<RecordedMembershipEvent>[] {
  return [
    { key: "date", header: "Date", cell: (event) => formatLongDate(event.effectiveDate), rowHeader: true },
    { key: "event", header: "Event", cell: (event) => MEMBERSHIP_EVENT_LABELS[event.kind] },
    { key: "reason", header: "Reason", cell: (event) => event.reason ?? "Not recorded" },
    {
      key: "recorded",
      header: "Recorded",
      cell: (event) =>
        `${formatInstantAsLongDate(event.recordedAt)}${event.recordedBy ? ` by ${event.recordedBy}` : ""}`,
    },
    {
      key: "action",
      header: "Action",
      cell: (event) => <WithdrawForm membership={membership} event={event} onDone={onDone} />,
    },
  ];
}

/**
 * Administrators: an authority's LOTI membership, oldest event first, recording a join (at launch
 * or later) or a leave, and withdrawing an event recorded in error. Every change is published at
 * once and kept in the audit trail.
 */
export function MembershipAdmin({ gss }: { gss: string }) {
  const membership = useMembership(gss);
  const [done, setDone] = useState<string | null>(null);
  return (
    <QueryBoundary
      query={membership}
      loadingLabel="Loading the membership…"
      renderError={(error, retry) => (
        <AccessProblem
          error={error}
          forbidden="Only LOTI’s administrators can record membership"
          onRetry={retry}
        />
      )}
    >
      {(data) => (
        <>
          <p className="govuk-body">
            <Link className="govuk-link" href="/admin/membership">
              All authorities’ membership
            </Link>
          </p>
          <h1 className="govuk-heading-l">LOTI membership: {data.authority.name}</h1>
          {done ? <NotificationBanner title="Success" heading={done} success /> : null}
          <p className="govuk-body">
            {data.member
              ? `${data.authority.name} is a member now`
              : `${data.authority.name} is not a member now`}
            {data.foundingMember ? ", and was a founding member" : ""}.{" "}
            <Link className="govuk-link" href={`/authorities/${gss}`}>
              See the public profile
            </Link>
          </p>
          {data.events.length > 0 ? (
            <DataTable
              caption="Membership events, oldest first"
              columns={eventColumns(data, setDone)}
              rows={data.events}
              rowKey={(event) => event.id}
            />
          ) : (
            <p className="govuk-body">No membership has been recorded.</p>
          )}
          <RecordEventForm key={data.version} membership={data} onDone={setDone} />
        </>
      )}
    </QueryBoundary>
  );
}
