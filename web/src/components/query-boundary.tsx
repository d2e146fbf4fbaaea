import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorMessage } from "./error-message.tsx";
import { Loading } from "./loading.tsx";

/**
 * The states of one query, the same way everywhere: a loading message (or a placeholder of the
 * content's shape), an error that says what failed with a way to try again, an optional empty
 * state, and the content once the data is there. Pages that need another error (sign in, not
 * allowed, not found) pass `renderError`.
 */
export function QueryBoundary<Data>({
  query,
  loadingLabel,
  placeholder,
  errorTitle,
  renderError,
  isEmpty,
  emptyMessage = "There is no data to show yet.",
  children,
}: {
  query: UseQueryResult<Data>;
  /** Announced while loading, e.g. "Loading authorities…". */
  loadingLabel?: string;
  /** Shown while loading instead of the message, e.g. grey boxes where figures will be. */
  placeholder?: ReactNode;
  /** The first line of the error, e.g. "Sorry, “Adoption over time” could not be loaded". */
  errorTitle?: string;
  renderError?: (error: Error, retry: () => void) => ReactNode;
  /** When the data has nothing to show, `emptyMessage` is shown instead of the content. */
  isEmpty?: (data: Data) => boolean;
  emptyMessage?: string;
  children: (data: Data) => ReactNode;
}) {
  if (query.isPending) return placeholder ?? <Loading label={loadingLabel} />;
  if (query.isError) {
    const retry = () => void query.refetch();
    return renderError ? (
      renderError(query.error, retry)
    ) : (
      <ErrorMessage title={errorTitle} error={query.error} onRetry={retry} />
    );
  }
  if (isEmpty?.(query.data)) return <p className="govuk-body app-empty-state">{emptyMessage}</p>;
  return children(query.data);
}
