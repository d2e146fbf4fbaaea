import { formatLongDate } from "@ldd/shared/dates";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import type { ConflictField } from "@/components/forms/conflict-panel.tsx";
import { DateField, TextareaField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { loadTargetDateChangeInputSchema, useChangeTargetDate } from "../api/change-target-date.ts";
import { type CommitmentRecordFormProps, FormButtons, FormPageTop } from "./form-parts.tsx";
import { ReplacedNotice, useReplacedChange } from "./replaced-change.tsx";

const FIELDS = ["targetDate", "reason"] as const;
const CONFLICT_FIELDS: ConflictField[] = [
  { key: "targetDate", label: "Target date" },
  { key: "reason", label: "Reason" },
];

/** Re-baselines a commitment's target date; the reason is kept with it. */
export function TargetDateForm({ gss, authorityName, commitment }: CommitmentRecordFormProps) {
  const [, navigate] = useLocation();
  // A returned change being corrected: the form starts from it, and the save withdraws it.
  const replaced = useReplacedChange(commitment.targetDateHistory);
  const [targetDate, setTargetDate] = useState(replaced?.targetDate ?? "");
  const [reason, setReason] = useState(replaced?.reason ?? "");
  const form = useFormSubmission({
    fields: FIELDS,
    loadSchema: loadTargetDateChangeInputSchema,
    mutation: useChangeTargetDate({ gss, commitmentId: commitment.id }),
    onSuccess: () => navigate(`/manage/${gss}?saved=target-date`),
  });
  const errors = form.fieldErrors;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit({
      targetDate,
      reason,
      replaces: replaced?.id ?? null,
      expectedVersion: commitment.version,
    });
  };

  return (
    <>
      <FormPageTop
        gss={gss}
        authorityName={authorityName}
        title={`Change the target date: ${commitment.title}`}
        errors={form}
        conflict={form}
        conflictFields={CONFLICT_FIELDS}
      />
      {replaced ? <ReplacedNotice comment={replaced.reviewComment} /> : null}
      <p className="govuk-body">
        The target date is now {commitment.targetDate ? formatLongDate(commitment.targetDate) : "not set"}.
        The earlier date stays on record.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <DateField
          path="targetDate"
          label="New target date"
          error={errors.targetDate}
          value={targetDate}
          onChange={setTargetDate}
        />
        <TextareaField
          path="reason"
          label="Why the target date changed"
          hint="This is published with the new date"
          error={errors.reason}
          value={reason}
          onChange={setReason}
        />
        <FormButtons gss={gss} pending={form.pending} />
      </form>
    </>
  );
}
