import { ApiError } from "@/lib/api-client.ts";

export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return "Something went wrong while loading this information.";
}

/** The error state of a panel or page: says what failed and offers to try again. */
export function ErrorMessage({
  title = "Sorry, this could not be loaded",
  error,
  onRetry,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <div className="app-error-state" role="alert">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{title}</p>
      <p className="govuk-body">{describeError(error)}</p>
      {error instanceof ApiError && error.status >= 500 && error.requestId ? (
        <p className="govuk-body-s">
          If this goes on, tell us this reference: <code>{error.requestId}</code>
        </p>
      ) : null}
      {onRetry ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={onRetry}
        >
          Try again
        </button>
      ) : null}
    </div>
  );
}
