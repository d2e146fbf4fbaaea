import type { Workspace } from "@ldd/shared/workspace";
import { useEffect, useRef } from "react";
import { Link } from "wouter";
import { ErrorMessage } from "@/components/error-message.tsx";
import { useSubmitForReview } from "../api/submit-for-review.ts";

const changes = (count: number) => (count === 1 ? "1 change" : `${count} changes`);

/**
 * How many changes wait to be sent or reviewed, and the button that sends the drafts to LOTI: its
 * count is what the reviewer receives (drafts only; a returned change goes back once corrected).
 */
export function SubmitForReview({
  gss,
  pending,
  editable,
}: {
  gss: string;
  pending: Workspace["pending"];
  editable: boolean;
}) {
  const submit = useSubmitForReview({ gss });
  const panelRef = useRef<HTMLDivElement>(null);
  const submitted = submit.data;

  useEffect(() => {
    if (submitted !== undefined) panelRef.current?.focus();
  }, [submitted]);

  return (
    <section aria-labelledby="pending-title" className="govuk-!-margin-bottom-8">
      {submitted !== undefined ? (
        <div className="govuk-panel govuk-panel--confirmation" ref={panelRef} tabIndex={-1} role="status">
          <h2 className="govuk-panel__title">Submitted for review</h2>
          <div className="govuk-panel__body">{changes(submitted)} sent to LOTI reviewers</div>
        </div>
      ) : null}
      <h2 className="govuk-heading-m" id="pending-title">
        Changes waiting
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>{changes(pending.drafts)} not yet submitted</li>
        <li>{changes(pending.submitted)} waiting for a reviewer</li>
        {pending.returned > 0 ? (
          <li>{changes(pending.returned)} returned to you: correct or withdraw them</li>
        ) : null}
      </ul>
      {pending.drafts + pending.submitted > 0 ? (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/manage/${gss}/preview`}>
            Preview your public profile with these changes
          </Link>
        </p>
      ) : null}
      {submit.isError ? <ErrorMessage title="Your changes were not submitted" error={submit.error} /> : null}
      {editable && pending.drafts > 0 ? (
        <button
          type="button"
          className="govuk-button"
          disabled={submit.isPending}
          onClick={() => submit.mutate()}
        >
          Submit {changes(pending.drafts)} for review
        </button>
      ) : null}
    </section>
  );
}
