import { PartnerDirectory } from "@/features/partners/components/partner-directory.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

export function PartnersRoute() {
  useDocumentTitle("Partner organisations");
  return (
    <>
      <h1 className="govuk-heading-xl">Partner organisations</h1>
      <p className="govuk-body-l">
        The organisations London’s authorities work with on the Declaration: suppliers, universities,
        non-profits, public bodies and other councils, and how many authorities share each one.
      </p>
      <PartnerDirectory />
    </>
  );
}
