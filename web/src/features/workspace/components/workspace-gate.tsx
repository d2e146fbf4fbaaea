import type { Session } from "@ldd/shared/accounts";
import type { Workspace } from "@ldd/shared/workspace";
import type { ReactNode } from "react";
import { AccessProblem } from "@/components/access-problem.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useWorkspace } from "../api/get-workspace.ts";

/** Whether this person may change the authority's records (its own editor), not only read them. */
export function canEdit(session: Session | null | undefined, gss: string): boolean {
  return session?.account.role === "editor" && session.account.authorityGss === gss;
}

/** Loads an authority's workspace and shows it, or says why it cannot be shown. */
export function WorkspaceGate({
  gss,
  children,
}: {
  gss: string;
  children: (workspace: Workspace) => ReactNode;
}) {
  const workspace = useWorkspace(gss);
  return (
    <QueryBoundary
      query={workspace}
      loadingLabel="Loading your authority’s records…"
      renderError={(error, retry) => <AccessProblem error={error} onRetry={retry} />}
    >
      {children}
    </QueryBoundary>
  );
}
