import type { WorkspaceSignature } from "@ldd/shared/workspace";
import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import type { ConflictField } from "@/components/forms/conflict-panel.tsx";
import { DateField, TextField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { loadSignatureInputSchema, useSaveSignature } from "../api/save-signature.ts";
import { FormButtons, FormPageTop } from "./form-parts.tsx";

const FIELDS = ["signedOn", "approverName", "approverRole", "commitmentUrl"] as const;
const CONFLICT_FIELDS: ConflictField[] = [
  { key: "signedOn", label: "Date signed" },
  { key: "approverName", label: "Senior approver’s name" },
  { key: "approverRole", label: "Senior approver’s role" },
  { key: "commitmentUrl", label: "Link to the published commitment" },
];

export function SignatureForm({
  gss,
  authorityName,
  signature,
}: {
  gss: string;
  authorityName: string;
  signature: WorkspaceSignature | null;
}) {
  const [, navigate] = useLocation();
  const [signedOn, setSignedOn] = useState(signature?.signedOn ?? "");
  const [approverName, setApproverName] = useState(signature?.approverName ?? "");
  const [approverRole, setApproverRole] = useState(signature?.approverRole ?? "");
  const [commitmentUrl, setCommitmentUrl] = useState(signature?.commitmentUrl ?? "");
  const form = useFormSubmission({
    fields: FIELDS,
    loadSchema: loadSignatureInputSchema,
    mutation: useSaveSignature({ gss }),
    onSuccess: () => navigate(`/manage/${gss}?saved=signature`),
  });
  const errors = form.fieldErrors;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit({
      signedOn,
      approverName,
      approverRole,
      commitmentUrl,
      expectedVersion: signature?.version ?? 0,
    });
  };

  return (
    <>
      <FormPageTop
        gss={gss}
        authorityName={authorityName}
        title={signature ? "Change the Declaration signature" : "Record the Declaration signature"}
        errors={form}
        conflict={form}
        conflictFields={CONFLICT_FIELDS}
      />
      <form onSubmit={onSubmit} noValidate>
        <DateField
          path="signedOn"
          label="Date signed"
          hint="The date the authority signed, even if long ago. For example, 5 12 2018"
          error={errors.signedOn}
          value={signedOn}
          onChange={setSignedOn}
        />
        <TextField
          path="approverName"
          label="Senior approver’s name"
          error={errors.approverName}
          value={approverName}
          onChange={setApproverName}
        />
        <TextField
          path="approverRole"
          label="Senior approver’s role"
          hint="For example, Chief Executive"
          error={errors.approverRole}
          value={approverRole}
          onChange={setApproverRole}
        />
        <TextField
          path="commitmentUrl"
          label="Link to the published commitment"
          hint="Starting with https://"
          type="url"
          spellCheck={false}
          error={errors.commitmentUrl}
          value={commitmentUrl}
          onChange={setCommitmentUrl}
        />
        <FormButtons gss={gss} pending={form.pending} />
      </form>
    </>
  );
}
