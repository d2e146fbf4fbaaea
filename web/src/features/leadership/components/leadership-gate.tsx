import type { Attention } from "@ldd/shared/leadership";
import type { ReactNode } from "react";
import { AccessProblem } from "@/components/access-problem.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useAttention } from "../api/get-attention.ts";

/**
 * LOTI's own reads decide who may see the leadership page: signed out, the sign-in prompt; an
 * editor, the access problem every signed-in page gives; a reviewer or administrator, the page.
 */
export function LeadershipGate({ children }: { children: (attention: Attention) => ReactNode }) {
  const attention = useAttention();
  return (
    <QueryBoundary
      query={attention}
      loadingLabel="Loading the leadership view…"
      renderError={(error, retry) => (
        <AccessProblem error={error} forbidden="You cannot see the leadership view" onRetry={retry} />
      )}
    >
      {children}
    </QueryBoundary>
  );
}
