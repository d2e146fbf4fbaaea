import { type DemoAccountList, ROLE_LABELS } from "@ldd/shared/accounts";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { useDemoAccounts } from "../api/get-demo-accounts.ts";

type DemoAccount = DemoAccountList["accounts"][number];

const DEMO_ACCOUNT_COLUMNS: DataTableColumn<DemoAccount>[] = [
  {
    key: "email",
    header: "Email",
    cell: (account) => account.email,
    rowHeader: true,
    cellClassName: "app-break-anywhere",
  },
  {
    key: "password",
    header: "Password",
    cell: (account) => <code>{account.password}</code>,
    cellClassName: "app-break-anywhere",
  },
  {
    key: "role",
    header: "Role",
    cell: (account) =>
      `${ROLE_LABELS[account.role]}${account.authorityName ? ` (${account.authorityName})` : ""}`,
  },
];

/** While illustrative demo data is loaded, the accounts anyone may use to try the service. */
export function DemoAccounts() {
  const demo = useDemoAccounts();
  const accounts = demo.data?.accounts ?? [];
  if (accounts.length === 0) return null;
  return (
    <section aria-labelledby="demo-accounts-title" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="demo-accounts-title">
        Demo accounts (illustrative demo data only)
      </h2>
      <p className="govuk-body">
        These accounts exist only because this copy of the dashboard shows demo data. Anyone can use them.
      </p>
      <DataTable
        caption="Demo accounts"
        hideCaption
        columns={DEMO_ACCOUNT_COLUMNS}
        rows={accounts}
        rowKey={(account) => account.email}
      />
    </section>
  );
}
