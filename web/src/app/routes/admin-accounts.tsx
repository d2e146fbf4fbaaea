import { AccountAdmin } from "@/features/accounts/components/account-admin.tsx";
import { useSession } from "@/features/session/api/get-session.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

export function AdminAccountsRoute() {
  useDocumentTitle("Accounts");
  const session = useSession();
  return <AccountAdmin signedInAccountId={session.data?.account.id ?? null} />;
}
