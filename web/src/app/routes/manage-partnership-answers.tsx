import { useParams } from "wouter";
import { PartnershipAnswers } from "@/features/partnership-answers/components/partnership-answers.tsx";
import { useSession } from "@/features/session/api/get-session.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

/** The partner's side of partnerships other authorities reported: confirm or dispute each. */
export function ManagePartnershipAnswersRoute() {
  const { gss = "" } = useParams<{ gss: string }>();
  const session = useSession();
  useDocumentTitle("Partnerships to confirm");
  const account = session.data?.account;
  return (
    <PartnershipAnswers gss={gss} editable={account?.role === "editor" && account.authorityGss === gss} />
  );
}
