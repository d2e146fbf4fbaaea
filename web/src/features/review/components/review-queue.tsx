import { formatInstantAsLongDate } from "@ldd/shared/dates";
import type { ReviewQueue as ReviewQueueData } from "@ldd/shared/workspace";
import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { AccessProblem } from "@/components/access-problem.tsx";
import { ErrorMessage } from "@/components/error-message.tsx";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import { TextareaField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { NotificationBanner } from "@/components/notification-banner.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { safeHref } from "@/lib/safe-href.ts";
import { useReviewQueue } from "../api/get-review-queue.ts";
import { usePublishSubmission } from "../api/publish-submission.ts";
import { loadReturnSubmissionInputSchema, useReturnSubmission } from "../api/return-submission.ts";

const changes = (count: number) => (count === 1 ? "1 change" : `${count} changes`);

interface Outcome {
  message: string;
}

type Submission = ReviewQueueData["submissions"][number];
type ReviewChange = Submission["changes"][number];

/** A change's fields, what the public sees now beside what it would see once published. */
function FieldChanges({ change }: { change: ReviewChange }) {
  if (change.fields.length === 0) return null;
  return (
    <table className="govuk-table app-review-fields">
      <caption className="govuk-table__caption govuk-visually-hidden">What this change changes</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Field
          </th>
          <th scope="col" className="govuk-table__header">
            Published now
          </th>
          <th scope="col" className="govuk-table__header">
            Submitted
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {change.fields.map((field) => (
          <tr key={field.field} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {field.label}
            </th>
            <td className="govuk-table__cell app-review-fields__value">
              {field.before ?? <span className="app-secondary-text">Nothing published</span>}
            </td>
            <td className="govuk-table__cell app-review-fields__value">
              {field.after ?? <span className="app-secondary-text">Nothing</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The evidence of a status update, to open, and the tick that says the reviewer checked it: the
 * public then sees the claim as "verified" rather than "evidenced".
 */
function EvidenceCheck({
  change,
  checked,
  onToggle,
}: {
  change: ReviewChange;
  checked: boolean;
  onToggle: (id: string) => void;
}) {
  const id = `evidence-checked-${change.id}`;
  return (
    <div className="govuk-checkboxes govuk-checkboxes--small app-evidence-check">
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        Evidence:{" "}
        {change.evidenceUrls.map((url, index) => (
          <span key={url}>
            {index > 0 ? ", " : null}
            <a
              className="govuk-link app-break-anywhere"
              href={safeHref(url) ?? undefined}
              rel="noopener noreferrer"
            >
              {url}
            </a>
          </span>
        ))}
      </p>
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          type="checkbox"
          id={id}
          checked={checked}
          onChange={() => onToggle(change.id)}
          aria-describedby={`change-${change.id}-label ${id}-hint`}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          Evidence checked
        </label>
        <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
          Tick if you opened the evidence and it shows this status. It is then published as verified.
        </div>
      </div>
    </div>
  );
}

const HISTORY_TYPES: Record<string, string> = {
  status_update: "commitment",
  target_date: "commitment",
};

function SubmissionReview({
  submission,
  onDone,
}: {
  submission: Submission;
  onDone: (outcome: Outcome) => void;
}) {
  const { authorityGss: gss, authorityName: name } = submission;
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState("");
  // Every change starts selected; the reviewer can take some out to decide on them separately.
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: string) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  // Status updates whose evidence the reviewer ticked as checked: published as "verified".
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  const toggleChecked = (id: string) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const headingId = `submission-${gss}`;
  const publish = usePublishSubmission({ gss });

  const returnForm = useFormSubmission({
    fields: ["comment"],
    // One return form per authority on this page: their ids carry the authority's code.
    idPrefix: `${gss}-`,
    loadSchema: loadReturnSubmissionInputSchema,
    mutation: useReturnSubmission({ gss }),
    onSuccess: (count) => onDone({ message: `Returned ${changes(count)} to ${name} with your comment.` }),
  });

  // A decision names the selected changes on screen, so a change submitted since is never decided blind.
  const changeIds = submission.changes.map((change) => change.id).filter((id) => !excluded.has(id));
  const selected = changes(changeIds.length);
  const onPublish = () =>
    // mutateAsync, not mutate: once published, this submission leaves the queue and this part of
    // the page with it, and the outcome is still to be told. A failure shows from publish.error.
    publish.mutateAsync({ changeIds, evidenceCheckedIds: changeIds.filter((id) => checked.has(id)) }).then(
      (count) => onDone({ message: `Published ${changes(count)} from ${name}.` }),
      () => undefined,
    );

  const onReturn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void returnForm.submit({ comment, changeIds });
  };

  return (
    <section className="app-record" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {name}
      </h2>
      <p className="govuk-body app-secondary-text">
        {changes(submission.changes.length)} submitted on {formatInstantAsLongDate(submission.submittedAt)}
      </p>
      <ul className="govuk-list app-review-changes">
        {submission.changes.map((change) => (
          <li key={change.id} className="app-review-change">
            <div className="govuk-checkboxes govuk-checkboxes--small">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  type="checkbox"
                  id={`change-${change.id}`}
                  checked={!excluded.has(change.id)}
                  onChange={() => toggle(change.id)}
                />
                <label
                  className="govuk-label govuk-checkboxes__label"
                  htmlFor={`change-${change.id}`}
                  id={`change-${change.id}-label`}
                >
                  {change.description}
                </label>
              </div>
            </div>
            <FieldChanges change={change} />
            {change.evidenceUrls.length > 0 ? (
              <EvidenceCheck change={change} checked={checked.has(change.id)} onToggle={toggleChecked} />
            ) : null}
            <p className="govuk-body-s">
              <Link
                className="govuk-link"
                href={`/manage/${gss}/history/${HISTORY_TYPES[change.recordType] ?? change.recordType}/${change.recordId}`}
              >
                History <span className="govuk-visually-hidden">of this record</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
      {publish.isError ? <ErrorMessage title="The changes were not published" error={publish.error} /> : null}
      {returning ? (
        <form onSubmit={onReturn} noValidate>
          <ErrorSummary errors={returnForm.summaryErrors} focusKey={returnForm.focusKey} />
          <TextareaField
            id={`${gss}-comment`}
            path="comment"
            label={`Comment for ${name}`}
            hint={`Say what needs to change. The editors see it next to the ${selected} you return`}
            error={returnForm.fieldErrors.comment}
            value={comment}
            onChange={setComment}
          />
          <div className="govuk-button-group">
            <button
              type="submit"
              className="govuk-button govuk-button--warning"
              disabled={returnForm.pending}
            >
              Return {selected} with this comment
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setReturning(false)}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button"
            disabled={publish.isPending || changeIds.length === 0}
            onClick={onPublish}
          >
            Publish {selected} <span className="govuk-visually-hidden">{`from ${name}`}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={changeIds.length === 0}
            onClick={() => setReturning(true)}
          >
            Return {selected} with a comment <span className="govuk-visually-hidden">{`to ${name}`}</span>
          </button>
        </div>
      )}
    </section>
  );
}

/** Every authority's submission waiting for a LOTI reviewer, with publish and return. */
export function ReviewQueue() {
  const queue = useReviewQueue();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Each decision's message is a new banner, which takes focus so the reviewer hears it.
  const [decisions, setDecisions] = useState(0);
  const onDone = (next: Outcome) => {
    setOutcome(next);
    setDecisions((count) => count + 1);
  };

  return (
    <QueryBoundary
      query={queue}
      loadingLabel="Loading submissions…"
      renderError={(error, retry) => (
        <AccessProblem error={error} forbidden="Only LOTI reviewers can see submissions" onRetry={retry} />
      )}
    >
      {({ submissions }) => (
        <>
          <h1 className="govuk-heading-l">Review submissions</h1>
          {outcome ? (
            <NotificationBanner
              key={decisions}
              title="Success"
              heading={outcome.message}
              success
              focusOnShow
            />
          ) : null}
          {submissions.length === 0 ? (
            <p className="govuk-body">There are no submissions waiting for review.</p>
          ) : (
            <p className="govuk-body">
              {submissions.length === 1 ? "1 authority has" : `${submissions.length} authorities have`} sent
              changes for review. Published changes appear on the public pages at once.
            </p>
          )}
          {submissions.map((submission) => (
            <SubmissionReview key={submission.authorityGss} submission={submission} onDone={onDone} />
          ))}
        </>
      )}
    </QueryBoundary>
  );
}
