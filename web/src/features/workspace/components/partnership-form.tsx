import { getLondonToday } from "@ldd/shared/dates";
import type { Workspace, WorkspacePartnership } from "@ldd/shared/workspace";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import type { ConflictField } from "@/components/forms/conflict-panel.tsx";
import { CheckableField, DateField, TextareaField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { useCreatePartnership } from "../api/create-partnership.ts";
import { loadPartnershipInputSchema, useUpdatePartnership } from "../api/update-partnership.ts";
import { FormButtons, FormPageTop } from "./form-parts.tsx";
import { type PartnerChoiceValues, PartnerChooser, toPartnerChoice } from "./partner-chooser.tsx";

const FIELDS = [
  "partner.organisationId",
  "partner.name",
  "partner.type",
  "partner.canonicalIdScheme",
  "partner.canonicalId",
  "partner",
  "startDate",
  "endDate",
  "purpose",
  "commitmentIds",
] as const;

/** Adds a partnership, or changes one; ending a partnership is giving it an end date. */
export function PartnershipForm({
  gss,
  workspace,
  partnership,
}: {
  gss: string;
  workspace: Workspace;
  partnership: WorkspacePartnership | null;
}) {
  const [, navigate] = useLocation();
  const organisations = workspace.partnerOrganisations;
  const [partner, setPartner] = useState<PartnerChoiceValues>({
    kind: partnership ? "organisation" : "",
    organisationId: partnership?.partner.id ?? "",
    name: "",
    type: "",
    canonicalIdScheme: "",
    canonicalId: "",
  });
  const [startDate, setStartDate] = useState(partnership?.startDate ?? getLondonToday());
  const [endDate, setEndDate] = useState(partnership?.endDate ?? "");
  const [purpose, setPurpose] = useState(partnership?.purpose ?? "");
  const [commitmentIds, setCommitmentIds] = useState<string[]>(partnership?.commitmentIds ?? []);

  const create = useCreatePartnership({ gss });
  const update = useUpdatePartnership({ gss, partnershipId: partnership?.id ?? "" });
  const form = useFormSubmission({
    fields: FIELDS,
    // A new partnership and a change are the same input, sent to different addresses.
    loadSchema: loadPartnershipInputSchema,
    mutation: partnership ? update : create,
    onSuccess: () => navigate(`/manage/${gss}?saved=partnership`),
  });
  const errors = form.fieldErrors;
  const organisationName = (id: unknown) => organisations.find((item) => item.id === id)?.name;
  const conflictFields: ConflictField[] = [
    {
      key: "partner",
      label: "Partner",
      format: (value) => {
        const choice = value as { organisationId?: string; name?: string } | null;
        return choice?.name ?? organisationName(choice?.organisationId) ?? "Not given";
      },
    },
    { key: "startDate", label: "Start date" },
    { key: "endDate", label: "End date" },
    { key: "purpose", label: "What it is for" },
    {
      key: "commitmentIds",
      label: "Commitments it serves",
      format: (value) =>
        Array.isArray(value) && value.length > 0
          ? value
              .map((id) => workspace.commitments.find((item) => item.id === id)?.title ?? String(id))
              .join("; ")
          : "None",
    },
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit({
      partner: toPartnerChoice(partner),
      startDate,
      endDate: endDate === "" ? null : endDate,
      purpose,
      commitmentIds,
      expectedVersion: partnership?.version ?? 0,
    });
  };

  return (
    <>
      <FormPageTop
        gss={gss}
        authorityName={workspace.authority.name}
        title={partnership ? `Change the partnership with ${partnership.partner.name}` : "Add a partnership"}
        errors={form}
        conflict={form}
        conflictFields={conflictFields}
      />
      <form onSubmit={onSubmit} noValidate>
        <PartnerChooser
          organisations={organisations}
          values={partner}
          onChange={setPartner}
          errors={errors}
        />
        <DateField
          path="startDate"
          label="Start date"
          error={errors.startDate}
          value={startDate}
          onChange={setStartDate}
        />
        <DateField
          path="endDate"
          label="End date (optional)"
          hint="To end the partnership, enter the date it ended. Leave empty while it continues"
          error={errors.endDate}
          value={endDate}
          onChange={setEndDate}
        />
        <TextareaField
          path="purpose"
          label="What the partnership is for"
          error={errors.purpose}
          value={purpose}
          onChange={setPurpose}
        />
        {workspace.commitments.length > 0 ? (
          <CheckableField
            type="checkbox"
            small
            path="commitmentIds"
            label="Commitments it serves (optional)"
            error={errors.commitmentIds}
            values={commitmentIds}
            onChange={setCommitmentIds}
            options={workspace.commitments.map((commitment) => ({
              value: commitment.id,
              label: commitment.title,
            }))}
          />
        ) : null}
        <FormButtons gss={gss} pending={form.pending} />
      </form>
    </>
  );
}
