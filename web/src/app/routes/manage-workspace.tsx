import { useParams, useSearch } from "wouter";
import { PartnershipAnswersNotice } from "@/features/partnership-answers/components/partnership-answers.tsx";
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
      {(workspace) => (
        <>
          <PartnershipAnswersNotice gss={gss} banner />
          <WorkspaceOverview workspace={workspace} session={session.data} saved={saved} />
          <h2 className="govuk-heading-m">Partnerships reported with you</h2>
          <PartnershipAnswersNotice gss={gss} />
        </>
      )}
    </WorkspaceGate>
  );
}
