import { type Account, ROLE_LABELS, ROLES } from "@ldd/shared/accounts";
import { AUTHORITIES } from "@ldd/shared/reference-data";
import { type FormEvent, useState } from "react";
import { AccessProblem } from "@/components/access-problem.tsx";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { ErrorMessage } from "@/components/error-message.tsx";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import { CheckableField, SelectField, TextField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { NotificationBanner } from "@/components/notification-banner.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { loadCreateAccountRequestSchema, useCreateAccount } from "../api/create-account.ts";
import { useAccounts } from "../api/get-accounts.ts";
import { useUpdateAccount } from "../api/update-account.ts";

const FIELDS = ["email", "displayName", "role", "authorityGss", "password"] as const;

function CreateAccountForm({ onCreated }: { onCreated: (account: Account) => void }) {
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState("");
  const [authorityGss, setAuthorityGss] = useState("");
  const [password, setPassword] = useState("");
  const form = useFormSubmission({
    fields: FIELDS,
    loadSchema: loadCreateAccountRequestSchema,
    mutation: useCreateAccount(),
    onSuccess: (account) => {
      onCreated(account);
      setEmail("");
      setDisplayName("");
      setRole("");
      setAuthorityGss("");
      setPassword("");
    },
  });
  const errors = form.fieldErrors;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit({
      email,
      displayName,
      role: role === "" ? undefined : role,
      authorityGss: role === "editor" && authorityGss !== "" ? authorityGss : null,
      password,
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="create-account-title">
      <h2 className="govuk-heading-m" id="create-account-title">
        Create an account
      </h2>
      <ErrorSummary errors={form.summaryErrors} focusKey={form.focusKey} />
      <TextField
        path="email"
        label="Email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={errors.email}
        value={email}
        onChange={setEmail}
      />
      <TextField
        path="displayName"
        label="Name"
        error={errors.displayName}
        value={displayName}
        onChange={setDisplayName}
      />
      <CheckableField
        type="radio"
        path="role"
        label="Role"
        error={errors.role}
        value={role}
        onChange={setRole}
        options={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))}
      />
      {role === "editor" ? (
        <SelectField
          path="authorityGss"
          label="Authority the editor reports for"
          error={errors.authorityGss}
          value={authorityGss}
          onChange={setAuthorityGss}
          options={[
            { value: "", label: "Choose an authority" },
            ...AUTHORITIES.map((authority) => ({ value: authority.gss, label: authority.name })),
          ]}
        />
      ) : null}
      <TextField
        path="password"
        label="Password"
        hint="At least 12 characters. Give it to the person in a safe way"
        type="password"
        autoComplete="new-password"
        error={errors.password}
        value={password}
        onChange={setPassword}
      />
      <button type="submit" className="govuk-button" disabled={form.pending}>
        Create account
      </button>
    </form>
  );
}

function DisableButton({ account }: { account: Account }) {
  const update = useUpdateAccount({ accountId: account.id });
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        disabled={update.isPending}
        onClick={() => update.mutate({ disabled: !account.disabled })}
      >
        {account.disabled ? "Enable" : "Disable"}{" "}
        <span className="govuk-visually-hidden">{`${account.displayName}`}</span>
      </button>
      {update.isError ? <ErrorMessage title="The account was not changed" error={update.error} /> : null}
    </>
  );
}

function accountColumns(signedInAccountId: string | null): DataTableColumn<Account>[] {
  return [
    { key: "name", header: "Name", cell: (account) => account.displayName, rowHeader: true },
    { key: "email", header: "Email", cell: (account) => account.email, cellClassName: "app-break-anywhere" },
    {
      key: "role",
      header: "Role",
      cell: (account) =>
        `${ROLE_LABELS[account.role]}${account.authorityName ? ` (${account.authorityName})` : ""}`,
    },
    {
      key: "access",
      header: "Access",
      cell: (account) =>
        account.disabled ? (
          <strong className="govuk-tag govuk-tag--grey">Disabled</strong>
        ) : (
          <strong className="govuk-tag govuk-tag--green">Active</strong>
        ),
    },
    {
      key: "action",
      header: "Action",
      cell: (account) =>
        account.id === signedInAccountId ? "This is you" : <DisableButton account={account} />,
    },
  ];
}

/**
 * Administrators: every account, creating one, and turning access off and on. The signed-in
 * administrator's own row has no Disable button: the API refuses it, so that one always remains.
 */
export function AccountAdmin({ signedInAccountId }: { signedInAccountId: string | null }) {
  const accounts = useAccounts();
  const [created, setCreated] = useState<Account | null>(null);
  return (
    <QueryBoundary
      query={accounts}
      loadingLabel="Loading accounts…"
      renderError={(error, retry) => (
        <AccessProblem error={error} forbidden="Only administrators can manage accounts" onRetry={retry} />
      )}
    >
      {(data) => (
        <>
          <h1 className="govuk-heading-l">Accounts</h1>
          {created ? (
            <NotificationBanner
              title="Success"
              heading={`Account created for ${created.displayName} (${created.email})`}
              success
            />
          ) : null}
          <DataTable
            caption="Everyone who can sign in"
            columns={accountColumns(signedInAccountId)}
            rows={data.accounts}
            rowKey={(account) => account.id}
          />
          <CreateAccountForm onCreated={setCreated} />
        </>
      )}
    </QueryBoundary>
  );
}
