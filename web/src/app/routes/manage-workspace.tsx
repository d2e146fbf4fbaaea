import { useParams, useSearch } from "wouter";
import { useSession } from "@/features/session/api/get-session.ts";
import { WorkspaceGate } from "@/features/workspace/components/workspace-gate.tsx";
import { WorkspaceOverview } from "@/features/workspace/components/workspace-overview.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

export function ManageWorkspaceRoute() {
  const { gss = "" } = useParams<{ gss: string }>();
  const saved = new URLSearchParams(useSearch()).get("saved");
  const session = useSession();
  useDocumentTitle("Your authority’s records");
  return (
    <WorkspaceGate gss={gss}>
      {(workspace) => <WorkspaceOverview workspace={workspace} session={session.data} saved={saved} />}
    </WorkspaceGate>
  );
}
