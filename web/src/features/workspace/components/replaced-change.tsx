import { useSearch } from "wouter";

/**
 * The returned (or draft) change a form corrects, named by `?replaces=` in the address: the form
 * starts from its values, and saving withdraws it, so only the correction goes to review.
 */
export function useReplacedChange<Change extends { id: string; state: string }>(
  history: readonly Change[],
): Change | null {
  const replaces = new URLSearchParams(useSearch()).get("replaces");
  if (!replaces) return null;
  return history.find((change) => change.id === replaces && change.state !== "published") ?? null;
}

/** What the reviewer said about the change being corrected. */
export function ReplacedNotice({ comment }: { comment: string | null }) {
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body govuk-!-margin-bottom-2">
        You are correcting a change a LOTI reviewer returned. Saving replaces it: only your correction goes to
        review.
      </p>
      {comment ? (
        <p className="govuk-body govuk-!-margin-bottom-0">
          <strong>Reviewer’s comment:</strong> <span className="app-review-comment">{comment}</span>
        </p>
      ) : null}
    </div>
  );
}
