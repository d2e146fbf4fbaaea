import { getLondonToday } from "@ldd/shared/dates";
import { COMMITMENT_STATUS_LABELS, DELIVERY_PHASE_LABELS, DELIVERY_PHASES } from "@ldd/shared/vocabulary";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { type ConflictField, formatWithLabels } from "@/components/forms/conflict-panel.tsx";
import { CheckableField, DateField, TextareaField, TextField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { loadStatusUpdateInputSchema, useReportStatus } from "../api/report-status.ts";
import { type CommitmentRecordFormProps, FormButtons, FormPageTop } from "./form-parts.tsx";

const REPORTABLE = ["planned", "in_progress", "done", "not_applicable", "dropped"] as const;
const FIELDS = ["status", "phase", "effectiveDate", "note", "evidenceUrl"] as const;

const STATUS_HINTS: Partial<Record<(typeof REPORTABLE)[number], string>> = {
  not_applicable: "The commitment no longer applies to your authority",
  dropped: "You decided not to do it: say why in the note",
};

const CONFLICT_FIELDS: ConflictField[] = [
  { key: "status", label: "Status", format: formatWithLabels(COMMITMENT_STATUS_LABELS, "Not given") },
  { key: "phase", label: "Delivery phase", format: formatWithLabels(DELIVERY_PHASE_LABELS, "None") },
  { key: "effectiveDate", label: "Date" },
  { key: "note", label: "Note" },
  { key: "evidenceUrl", label: "Evidence link" },
];

/** Reports a commitment's status in one step: status, phase, date, note and evidence together. */
export function StatusForm({ gss, authorityName, commitment }: CommitmentRecordFormProps) {
  const [, navigate] = useLocation();
  const [status, setStatus] = useState("");
  const [phase, setPhase] = useState(commitment.phase ?? "");
  const [effectiveDate, setEffectiveDate] = useState(getLondonToday());
  const [note, setNote] = useState("");
  const [evidenceUrl, setEvidenceUrl] = useState("");

  const form = useFormSubmission({
    fields: FIELDS,
    loadSchema: loadStatusUpdateInputSchema,
    mutation: useReportStatus({ gss, commitmentId: commitment.id }),
    onSuccess: () => navigate(`/manage/${gss}?saved=status`),
  });
  const errors = form.fieldErrors;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit({
      status,
      phase: phase === "" ? null : phase,
      effectiveDate,
      note,
      evidenceUrl,
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
      <form onSubmit={onSubmit} noValidate>
        <CheckableField
          type="radio"
          path="status"
          label="Status"
          hint="What is true of this commitment now"
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
        <TextField
          path="evidenceUrl"
          label="Link to evidence (optional)"
          hint="A web page that shows it, starting with https://"
          error={errors.evidenceUrl}
          value={evidenceUrl}
          onChange={setEvidenceUrl}
          type="url"
          spellCheck={false}
        />
        <FormButtons gss={gss} pending={form.pending} />
      </form>
    </>
  );
}
