import { useParams } from "wouter";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useAuthorities } from "@/features/authorities/api/get-authorities.ts";
import { MembershipAdmin } from "@/features/membership/components/membership-admin.tsx";
import { MembershipOverview } from "@/features/membership/components/membership-overview.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

/** Administrators: every authority's LOTI membership, from the published list. */
export function AdminMembershipRoute() {
  useDocumentTitle("LOTI membership");
  const authorities = useAuthorities();
  return (
    <QueryBoundary query={authorities} loadingLabel="Loading the authorities…">
      {(data) => <MembershipOverview authorities={data.authorities} />}
    </QueryBoundary>
  );
}

/** Administrators: one authority's LOTI membership, to record a join or leave. */
export function AdminAuthorityMembershipRoute() {
  const { gss = "" } = useParams<{ gss: string }>();
  useDocumentTitle("LOTI membership");
  return <MembershipAdmin gss={gss} />;
}
