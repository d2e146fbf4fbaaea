import type { WorkspaceCommitment } from "@ldd/shared/workspace";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { type ConflictField, ConflictPanel } from "@/components/forms/conflict-panel.tsx";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary.tsx";
import type { Conflict } from "@/components/forms/use-form-submission.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

/** What a form about one of an authority's commitments is given. */
export interface CommitmentRecordFormProps {
  gss: string;
  authorityName: string;
  commitment: WorkspaceCommitment;
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

/**
 * The top of every workspace form page: back link, heading, the error summary, and, when a save
 * met someone else's newer version (409), the panel that shows both and lets the user re-apply.
 */
export function FormPageTop<Body>({
  gss,
  authorityName,
  title,
  errors,
  conflict,
  conflictFields,
}: {
  gss: string;
  authorityName: string;
  title: string;
  errors: { summaryErrors: readonly SummaryError[]; focusKey: number };
  /** The submission that can meet a conflict (an edit; a new record cannot). */
  conflict?: { conflict: Conflict<Body> | null; pending: boolean; applyMyChanges: () => void };
  conflictFields: readonly ConflictField[];
}) {
  return (
    <>
      <FormPageHeading
        gss={gss}
        authorityName={authorityName}
        title={title}
        hasErrors={errors.summaryErrors.length > 0}
      >
        <ErrorSummary errors={errors.summaryErrors} focusKey={errors.focusKey} />
      </FormPageHeading>
      {conflict?.conflict ? (
        <ConflictPanel
          conflict={conflict.conflict}
          fields={conflictFields}
          pending={conflict.pending}
          onUseMine={conflict.applyMyChanges}
          cancel={<CancelLink gss={gss} />}
        />
      ) : null}
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
