import type { ReactNode } from "react";
import { Link } from "wouter";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

/** Today as YYYY-MM-DD in the user's own time zone: the default date of a report. */
export function today(): string {
  const now = new Date();
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/** Back link, caption and heading shared by every workspace form page. */
export function FormPageHeading({
  gss,
  authorityName,
  title,
  hasErrors,
  children,
}: {
  gss: string;
  authorityName: string;
  title: string;
  hasErrors?: boolean;
  /** The error summary: at the top of the page, before the heading. */
  children?: ReactNode;
}) {
  useDocumentTitle(hasErrors ? `Error: ${title}` : title);
  return (
    <>
      <Link href={`/manage/${gss}`} className="govuk-back-link govuk-!-margin-top-0">
        Back to {authorityName}
      </Link>
      {children}
      <span className="govuk-caption-l">{authorityName}</span>
      <h1 className="govuk-heading-l">{title}</h1>
    </>
  );
}

export function FormButtons({
  gss,
  pending,
  label = "Save as draft",
}: {
  gss: string;
  pending: boolean;
  label?: string;
}) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button" disabled={pending}>
        {label}
      </button>
      <Link className="govuk-link" href={`/manage/${gss}`}>
        Cancel
      </Link>
    </div>
  );
}

export function CancelLink({ gss }: { gss: string }): ReactNode {
  return (
    <Link className="govuk-link" href={`/manage/${gss}`}>
      Discard my changes
    </Link>
  );
}

export function NoSuchRecord({ gss, what }: { gss: string; what: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">{what} not found</h1>
      <p className="govuk-body">
        It may have been removed, or the link may be wrong.{" "}
        <Link className="govuk-link" href={`/manage/${gss}`}>
          Go back to your authority’s records
        </Link>
        .
      </p>
    </>
  );
}

export function ReadOnlyNotice({ gss }: { gss: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">You cannot change this authority’s records</h1>
      <p className="govuk-body">
        Only the authority’s own editors can change its records.{" "}
        <Link className="govuk-link" href={`/manage/${gss}`}>
          See the records
        </Link>
        .
      </p>
    </>
  );
}
