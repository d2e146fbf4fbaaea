import type { Workspace } from "@ldd/shared/workspace";
import type { ReactNode } from "react";
import { useParams } from "wouter";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useSession } from "@/features/session/api/get-session.ts";
import { CommitmentForm } from "@/features/workspace/components/commitment-form.tsx";
import { NoSuchRecord, ReadOnlyNotice } from "@/features/workspace/components/form-parts.tsx";
import { PartnershipForm } from "@/features/workspace/components/partnership-form.tsx";
import { SignatureForm } from "@/features/workspace/components/signature-form.tsx";
import { StatusForm } from "@/features/workspace/components/status-form.tsx";
import { TargetDateForm } from "@/features/workspace/components/target-date-form.tsx";
import { canEdit, WorkspaceGate } from "@/features/workspace/components/workspace-gate.tsx";

/** The workspace, then the form, for the authority's own editor only. */
function EditorForm({ children }: { children: (workspace: Workspace, gss: string) => ReactNode }) {
  const { gss = "" } = useParams<{ gss: string }>();
  const session = useSession();
  return (
    <WorkspaceGate gss={gss}>
      {(workspace) => (
        <QueryBoundary query={session} loadingLabel="Checking who you are signed in as…">
          {(signedIn) => (canEdit(signedIn, gss) ? children(workspace, gss) : <ReadOnlyNotice gss={gss} />)}
        </QueryBoundary>
      )}
    </WorkspaceGate>
  );
}

function useRecordId(): string {
  return useParams<{ id: string }>().id ?? "";
}

export function ManageSignatureRoute() {
  return (
    <EditorForm>
      {(workspace, gss) => (
        <SignatureForm gss={gss} authorityName={workspace.authority.name} signature={workspace.signature} />
      )}
    </EditorForm>
  );
}

export function ManageNewCommitmentRoute() {
  return (
    <EditorForm>
      {(workspace, gss) => (
        <CommitmentForm gss={gss} authorityName={workspace.authority.name} commitment={null} />
      )}
    </EditorForm>
  );
}

function CommitmentRoute({ kind }: { kind: "edit" | "status" | "target-date" }) {
  const id = useRecordId();
  return (
    <EditorForm>
      {(workspace, gss) => {
        const commitment = workspace.commitments.find((item) => item.id === id);
        if (!commitment) return <NoSuchRecord gss={gss} what="Commitment" />;
        const props = { gss, authorityName: workspace.authority.name, commitment };
        if (kind === "status") return <StatusForm {...props} />;
        if (kind === "target-date") return <TargetDateForm {...props} />;
        return <CommitmentForm {...props} />;
      }}
    </EditorForm>
  );
}

export const ManageEditCommitmentRoute = () => <CommitmentRoute kind="edit" />;
export const ManageStatusRoute = () => <CommitmentRoute kind="status" />;
export const ManageTargetDateRoute = () => <CommitmentRoute kind="target-date" />;

export function ManageNewPartnershipRoute() {
  return (
    <EditorForm>
      {(workspace, gss) => <PartnershipForm gss={gss} workspace={workspace} partnership={null} />}
    </EditorForm>
  );
}

export function ManageEditPartnershipRoute() {
  const id = useRecordId();
  return (
    <EditorForm>
      {(workspace, gss) => {
        const partnership = workspace.partnerships.find((item) => item.id === id);
        if (!partnership) return <NoSuchRecord gss={gss} what="Partnership" />;
        return <PartnershipForm gss={gss} workspace={workspace} partnership={partnership} />;
      }}
    </EditorForm>
  );
}
