import { ROLE_LABELS } from "@ldd/shared/accounts";
import { useDemoAccounts } from "../api/get-demo-accounts.ts";

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
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">
          Demo accounts
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Email
            </th>
            <th scope="col" className="govuk-table__header">
              Password
            </th>
            <th scope="col" className="govuk-table__header">
              Role
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {accounts.map((account) => (
            <tr className="govuk-table__row" key={account.email}>
              <td className="govuk-table__cell app-break-anywhere">{account.email}</td>
              <td className="govuk-table__cell app-break-anywhere">
                <code>{account.password}</code>
              </td>
              <td className="govuk-table__cell">
                {ROLE_LABELS[account.role]}
                {account.authorityName ? ` (${account.authorityName})` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
