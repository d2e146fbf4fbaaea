import { Link, useLocation } from "wouter";
import { ApiError } from "@/lib/api-client.ts";
import { ErrorMessage } from "./error-message.tsx";

/** The sign-in page, asked to come back here afterwards. */
export function signInPath(returnTo: string): string {
  return `/sign-in?next=${encodeURIComponent(returnTo)}`;
}

/**
 * Why a signed-in page cannot be shown: signed out (401), not allowed (403), not found (404),
 * or another failure with a way to try again.
 */
export function AccessProblem({
  error,
  forbidden = "You cannot see this authority’s records",
  onRetry,
}: {
  error: unknown;
  forbidden?: string;
  onRetry?: () => void;
}) {
  const [location] = useLocation();
  if (error instanceof ApiError && error.status === 401) {
    return (
      <>
        <h1 className="govuk-heading-l">Sign in to continue</h1>
        <p className="govuk-body">You need to sign in to see this page.</p>
        <p className="govuk-body">
          <Link className="govuk-link" href={signInPath(location)}>
            Sign in
          </Link>
        </p>
      </>
    );
  }
  if (error instanceof ApiError && error.status === 403) {
    return (
      <>
        <h1 className="govuk-heading-l">{forbidden}</h1>
        <p className="govuk-body">
          Your account does not give you access to this page. If you think it should, ask a LOTI
          administrator.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to the overview
          </Link>
        </p>
      </>
    );
  }
  if (error instanceof ApiError && error.status === 404) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">{error.message}</p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with this page</h1>
      <ErrorMessage error={error} onRetry={onRetry} />
    </>
  );
}
