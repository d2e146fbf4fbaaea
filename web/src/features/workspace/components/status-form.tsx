import { formatLongDate, getLondonToday } from "@ldd/shared/dates";
import { COMMITMENT_STATUS_LABELS, DELIVERY_PHASE_LABELS, DELIVERY_PHASES } from "@ldd/shared/vocabulary";
import { type FormEvent, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { type ConflictField, formatWithLabels } from "@/components/forms/conflict-panel.tsx";
import { CheckableField, DateField, TextareaField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { describeStatus } from "@/components/status-tag.tsx";
import { loadStatusUpdateInputSchema, useReportStatus } from "../api/report-status.ts";
import { pendingStatuses, publicStatusOf } from "../utils/pending-values.ts";
import { EvidenceLinks, evidenceLinkFields, linksToSend } from "./evidence-links.tsx";
import { type CommitmentRecordFormProps, FormPageTop } from "./form-parts.tsx";
import { ReplacedNotice, useReplacedChange } from "./replaced-change.tsx";
import { StateTag } from "./state-tag.tsx";

const REPORTABLE = ["planned", "in_progress", "done", "not_applicable", "dropped"] as const;
type Reportable = (typeof REPORTABLE)[number];
const isReportable = (value: string): value is Reportable =>
  (REPORTABLE as readonly string[]).includes(value);

const STATUS_HINTS: Partial<Record<Reportable, string>> = {
  not_applicable: "The commitment no longer applies to your authority",
  dropped: "You decided not to do it: say why in the note",
};

const CONFLICT_FIELDS: ConflictField[] = [
  { key: "status", label: "Status", format: formatWithLabels(COMMITMENT_STATUS_LABELS, "Not given") },
  { key: "phase", label: "Delivery phase", format: formatWithLabels(DELIVERY_PHASE_LABELS, "None") },
  { key: "effectiveDate", label: "Date" },
  { key: "note", label: "Note" },
  { key: "evidenceUrls", label: "Evidence links" },
];

/**
 * Reports a commitment's status in one step: status, phase, date, note and evidence together,
 * starting from the status as it stands (or from the returned report being corrected). "Save and
 * submit" sends this report to LOTI at once; "Save as draft" keeps it for a later submission.
 */
export function StatusForm({ gss, authorityName, commitment }: CommitmentRecordFormProps) {
  const [, navigate] = useLocation();
  const replaced = useReplacedChange(commitment.statusHistory);
  const start = replaced ?? commitment;
  const [status, setStatus] = useState<string>(isReportable(start.status) ? start.status : "");
  const [phase, setPhase] = useState<string>(start.phase ?? "");
  const [effectiveDate, setEffectiveDate] = useState(replaced?.effectiveDate ?? getLondonToday());
  const [note, setNote] = useState(replaced?.note ?? "");
  const [links, setLinks] = useState<string[]>(replaced?.evidenceUrls.length ? replaced.evidenceUrls : [""]);
  // Which button sent the form: read as the request is sent, not from a render before the click.
  const andSubmit = useRef(false);

  const form = useFormSubmission({
    fields: ["status", "phase", "effectiveDate", "note", ...evidenceLinkFields(links.length)],
    loadSchema: loadStatusUpdateInputSchema,
    mutation: useReportStatus({ gss, commitment, andSubmit: () => andSubmit.current }),
    onSuccess: ({ submitted }) =>
      navigate(`/manage/${gss}?saved=${submitted ? "status-submitted" : "status"}`),
  });
  const errors = form.fieldErrors;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Empty link fields are dropped, so each error names the field it is about.
    const evidenceUrls = linksToSend(links);
    setLinks(evidenceUrls.length > 0 ? evidenceUrls : [""]);
    void form.submit({
      status,
      phase: phase === "" ? null : phase,
      effectiveDate,
      note,
      evidenceUrls,
      replaces: replaced?.id ?? null,
      expectedVersion: commitment.version,
    });
  };

  return (
    <>
      <FormPageTop
        gss={gss}
        authorityName={authorityName}
        title={`Report a status: ${commitment.title}`}
        errors={form}
        conflict={form}
        conflictFields={CONFLICT_FIELDS}
      />
      {replaced ? <ReplacedNotice comment={replaced.reviewComment} /> : null}
      <CurrentStatus commitment={commitment} />
      <form onSubmit={onSubmit} noValidate>
        <CheckableField
          type="radio"
          path="status"
          label="Status"
          hint="What is true of this commitment now. The current status is selected"
          error={errors.status}
          value={status}
          onChange={setStatus}
          options={REPORTABLE.map((value) => ({
            value,
            label: COMMITMENT_STATUS_LABELS[value],
            hint: STATUS_HINTS[value],
          }))}
        />
        <CheckableField
          type="radio"
          path="phase"
          label="Delivery phase (optional)"
          error={errors.phase}
          value={phase}
          onChange={setPhase}
          small
          options={[
            { value: "", label: "No delivery phase" },
            ...DELIVERY_PHASES.map((value) => ({ value, label: DELIVERY_PHASE_LABELS[value] })),
          ]}
        />
        <DateField
          path="effectiveDate"
          label="Date of this status"
          hint="When it became true, not when you report it. For example, 20 11 2026"
          error={errors.effectiveDate}
          value={effectiveDate}
          onChange={setEffectiveDate}
        />
        <TextareaField
          path="note"
          label="Note (optional unless dropped)"
          hint="What happened, in a sentence or two"
          error={errors.note}
          value={note}
          onChange={setNote}
        />
        <EvidenceLinks links={links} onChange={setLinks} errors={errors} />
        <div className="govuk-button-group">
          <button
            type="submit"
            className="govuk-button"
            disabled={form.pending}
            onClick={() => {
              andSubmit.current = true;
            }}
          >
            Save and submit for review
          </button>
          <button
            type="submit"
            className="govuk-button govuk-button--secondary"
            disabled={form.pending}
            onClick={() => {
              andSubmit.current = false;
            }}
          >
            Save as draft
          </button>
          <Link className="govuk-link" href={`/manage/${gss}`}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** Where the commitment stands: what the public sees, and any report not yet published. */
function CurrentStatus({ commitment }: Pick<CommitmentRecordFormProps, "commitment">) {
  const published = publicStatusOf(commitment);
  const pending = pendingStatuses(commitment);
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Public now</dt>
        <dd className="govuk-summary-list__value">
          {published
            ? `${describeStatus(published.status, published.phase)}, since ${formatLongDate(published.effectiveDate)}`
            : "Not yet reported"}
        </dd>
      </div>
      {pending.map((update) => (
        <div className="govuk-summary-list__row" key={update.id}>
          <dt className="govuk-summary-list__key">Not yet published</dt>
          <dd className="govuk-summary-list__value">
            {describeStatus(update.status, update.phase)}, since {formatLongDate(update.effectiveDate)}{" "}
            <StateTag state={update.state} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
