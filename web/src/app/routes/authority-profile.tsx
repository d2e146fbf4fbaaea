import { Link, useParams } from "wouter";
import { AuthorityProfile } from "@/features/authorities/components/authority-profile.tsx";

export function AuthorityProfileRoute() {
  const { gss = "" } = useParams<{ gss: string }>();
  return (
    <>
      <Link href="/authorities" className="govuk-back-link govuk-!-margin-top-0">
        All authorities
      </Link>
      <AuthorityProfile gss={gss} />
    </>
  );
}
