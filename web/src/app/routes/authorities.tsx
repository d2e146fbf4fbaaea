import { AuthorityDirectory } from "@/features/authorities/components/authority-directory.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

export function AuthoritiesRoute() {
  useDocumentTitle("Authorities");
  return (
    <>
      <h1 className="govuk-heading-xl">London’s 33 authorities</h1>
      <p className="govuk-body-l">
        Who has signed the Local Digital Declaration, who is a LOTI member, how many commitments each has
        made, and when their records were last updated.
      </p>
      <AuthorityDirectory />
    </>
  );
}
