import { AccountAdmin } from "@/features/accounts/components/account-admin.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

export function AdminAccountsRoute() {
  useDocumentTitle("Accounts");
  return <AccountAdmin />;
}
