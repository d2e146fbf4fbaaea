import { CommitmentFinder } from "@/features/commitments/components/commitment-finder.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

export function CommitmentsRoute() {
  useDocumentTitle("Commitments");
  return (
    <>
      <h1 className="govuk-heading-xl">Commitments</h1>
      <p className="govuk-body-l">
        Every published commitment London’s authorities made under the Local Digital Declaration. Filter by
        authority, principle or status, and download what you see.
      </p>
      <CommitmentFinder />
    </>
  );
}
