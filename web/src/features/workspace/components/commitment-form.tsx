import { getLondonToday } from "@ldd/shared/dates";
import { LOTI_AREAS, PRINCIPLES } from "@ldd/shared/reference-data";
import type { WorkspaceCommitment } from "@ldd/shared/workspace";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import type { ConflictField } from "@/components/forms/conflict-panel.tsx";
import { CheckableField, DateField, TextareaField, TextField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { loadNewCommitmentInputSchema, useCreateCommitment } from "../api/create-commitment.ts";
import { loadCommitmentInputSchema, useUpdateCommitment } from "../api/update-commitment.ts";
import { FormButtons, FormPageTop } from "./form-parts.tsx";

const FIELDS = [
  "title",
  "partners",
  "mission",
  "impact",
  "principles",
  "lotiArea",
  "committedOn",
  "targetDate",
] as const;

const CONFLICT_FIELDS: ConflictField[] = [
  { key: "title", label: "Title" },
  { key: "partners", label: "Partners" },
  { key: "mission", label: "Mission" },
  { key: "impact", label: "Impact" },
  { key: "principles", label: "Principles" },
  {
    key: "lotiArea",
    label: "LOTI area",
    format: (value) => LOTI_AREAS.find((area) => area.id === value)?.title ?? "None",
  },
  { key: "committedOn", label: "Date of the commitment" },
];

/** Adds a commitment (with its first target date) or edits the Declaration's four fields of one. */
export function CommitmentForm({
  gss,
  authorityName,
  commitment,
}: {
  gss: string;
  authorityName: string;
  commitment?: WorkspaceCommitment | null;
}) {
  const [, navigate] = useLocation();
  const [title, setTitle] = useState(commitment?.title ?? "");
  const [partners, setPartners] = useState(commitment?.partners ?? "");
  const [mission, setMission] = useState(commitment?.mission ?? "");
  const [impact, setImpact] = useState(commitment?.impact ?? "");
  const [principles, setPrinciples] = useState<string[]>(commitment?.principles.map(String) ?? []);
  const [lotiArea, setLotiArea] = useState(commitment?.lotiArea ?? "");
  const [committedOn, setCommittedOn] = useState(commitment?.committedOn ?? getLondonToday());
  const [targetDate, setTargetDate] = useState("");
  const isNew = !commitment;

  const onSuccess = () => navigate(`/manage/${gss}?saved=commitment`);
  const createForm = useFormSubmission({
    fields: FIELDS,
    loadSchema: loadNewCommitmentInputSchema,
    mutation: useCreateCommitment({ gss }),
    onSuccess,
  });
  const editForm = useFormSubmission({
    fields: FIELDS,
    loadSchema: loadCommitmentInputSchema,
    mutation: useUpdateCommitment({ gss, commitmentId: commitment?.id ?? "" }),
    onSuccess,
  });
  const form = isNew ? createForm : editForm;
  const errors = form.fieldErrors;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = {
      title,
      partners,
      mission,
      impact,
      principles: principles.map(Number).sort(),
      lotiArea: lotiArea === "" ? null : lotiArea,
      committedOn,
    };
    void (isNew
      ? createForm.submit({ ...fields, targetDate })
      : editForm.submit({ ...fields, expectedVersion: commitment.version }));
  };

  return (
    <>
      <FormPageTop
        gss={gss}
        authorityName={authorityName}
        title={isNew ? "Add a commitment" : `Edit the commitment: ${commitment.title}`}
        errors={form}
        conflict={editForm}
        conflictFields={CONFLICT_FIELDS}
      />
      <form onSubmit={onSubmit} noValidate>
        <TextField path="title" label="Title" error={errors.title} value={title} onChange={setTitle} />
        <TextField
          path="partners"
          label="Partners (optional)"
          hint="Who you will work with, as the Declaration asks"
          error={errors.partners}
          value={partners}
          onChange={setPartners}
        />
        <TextareaField
          path="mission"
          label="Mission"
          hint="What will be delivered in the year, and how"
          error={errors.mission}
          value={mission}
          onChange={setMission}
        />
        <TextareaField
          path="impact"
          label="Impact"
          hint="How specific users will benefit"
          error={errors.impact}
          value={impact}
          onChange={setImpact}
        />
        <CheckableField
          type="checkbox"
          small
          path="principles"
          label="Declaration principles it serves"
          hint="Select all that apply"
          error={errors.principles}
          values={principles}
          onChange={setPrinciples}
          options={PRINCIPLES.map((principle) => ({
            value: String(principle.number),
            label: `${principle.number}. ${principle.title}`,
            hint: principle.description,
          }))}
        />
        <CheckableField
          type="radio"
          path="lotiArea"
          label="LOTI area of work"
          error={errors.lotiArea}
          value={lotiArea}
          onChange={setLotiArea}
          small
          options={[
            ...LOTI_AREAS.map((area) => ({ value: area.id, label: area.title })),
            { value: "", label: "None of these" },
          ]}
        />
        <DateField
          path="committedOn"
          label="Date of the commitment"
          error={errors.committedOn}
          value={committedOn}
          onChange={setCommittedOn}
        />
        {isNew ? (
          <DateField
            path="targetDate"
            label="Target date"
            hint="When you expect to deliver it. For example, 31 3 2027. You can change it later, with a reason"
            error={errors.targetDate}
            value={targetDate}
            onChange={setTargetDate}
          />
        ) : null}
        <FormButtons gss={gss} pending={form.pending} />
      </form>
    </>
  );
}
