import { type FormEvent, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import { TextField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { homePathFor } from "../api/get-session.ts";
import { loadSignInRequestSchema, useSignIn } from "../api/sign-in.ts";

const FIELDS = ["email", "password"] as const;

/** Only a path on this site: never an open redirect to another origin. */
export function safeReturnPath(next: string | null): string | null {
  return next && /^\/(?![/\\])/.test(next) ? next : null;
}

export function SignInForm() {
  const [, navigate] = useLocation();
  const search = useSearch();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const form = useFormSubmission({
    fields: FIELDS,
    loadSchema: loadSignInRequestSchema,
    mutation: useSignIn(),
    onSuccess: (session) => {
      navigate(safeReturnPath(new URLSearchParams(search).get("next")) ?? homePathFor(session.account));
    },
    // A refused or throttled sign-in is shown against the email address, in the API's words.
    issuesForError: (error) =>
      error.status === 401 || error.status === 429 ? [{ path: "email", message: error.message }] : null,
  });
  useDocumentTitle(form.summaryErrors.length > 0 ? "Error: Sign in" : "Sign in");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit({ email, password });
  };

  return (
    <>
      <ErrorSummary errors={form.summaryErrors} focusKey={form.focusKey} />
      <h1 className="govuk-heading-l">Sign in</h1>
      <p className="govuk-body">
        Sign in to report your authority’s Declaration records, or to review submissions for LOTI.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          path="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          error={form.fieldErrors.email}
          value={email}
          onChange={setEmail}
        />
        <TextField
          path="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={form.fieldErrors.password}
          value={password}
          onChange={setPassword}
        />
        <button type="submit" className="govuk-button" disabled={form.pending}>
          Sign in
        </button>
      </form>
    </>
  );
}
