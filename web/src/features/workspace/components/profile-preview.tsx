import type { AuthorityProfile } from "@ldd/shared/authorities";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { AccessProblem } from "@/components/access-problem.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { useProfilePreview } from "../api/get-preview.ts";

/**
 * An editor's preview of their authority's public profile with its drafts and submissions applied,
 * labelled as a preview above and below: the profile itself is the public page's own component,
 * given by the app (`children`), so the preview reads exactly as the public page will.
 */
export function ProfilePreview({
  gss,
  children,
}: {
  gss: string;
  children: (profile: AuthorityProfile) => ReactNode;
}) {
  const preview = useProfilePreview(gss);
  useDocumentTitle("Preview of your public profile");
  return (
    <>
      <Link href={`/manage/${gss}`} className="govuk-back-link govuk-!-margin-top-0">
        Back to your authority’s records
      </Link>
      <section className="app-preview-banner" aria-labelledby="preview-title">
        <h2 className="govuk-heading-m" id="preview-title">
          Preview: not public
        </h2>
        <p className="govuk-body govuk-!-margin-bottom-0">
          This is how your public profile will read once LOTI publishes your drafts and submitted changes.
          Returned and withdrawn changes are left out. The public sees{" "}
          <Link className="govuk-link" href={`/authorities/${gss}`}>
            the published profile
          </Link>
          .
        </p>
      </section>
      <QueryBoundary
        query={preview}
        loadingLabel="Loading the preview…"
        renderError={(error, retry) => <AccessProblem error={error} onRetry={retry} />}
      >
        {(profile) => children(profile)}
      </QueryBoundary>
    </>
  );
}
