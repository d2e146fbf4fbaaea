import { lazy, Suspense, useEffect } from "react";
import { Route, Switch, useLocation } from "wouter";
import { ErrorBoundary } from "@/components/error-boundary.tsx";
import { ErrorMessage } from "@/components/error-message.tsx";
import { Loading } from "@/components/loading.tsx";
import { Layout } from "./layout.tsx";
import { NotFoundRoute } from "./routes/not-found.tsx";
import { OverviewRoute } from "./routes/overview.tsx";

// The overview is the landing page and ships in the entry bundle; other pages load when visited.
const AuthoritiesRoute = lazy(() =>
  import("./routes/authorities.tsx").then((m) => ({ default: m.AuthoritiesRoute })),
);
const AuthorityProfileRoute = lazy(() =>
  import("./routes/authority-profile.tsx").then((m) => ({ default: m.AuthorityProfileRoute })),
);
const CommitmentsRoute = lazy(() =>
  import("./routes/commitments.tsx").then((m) => ({ default: m.CommitmentsRoute })),
);
const CompareRoute = lazy(() => import("./routes/compare.tsx").then((m) => ({ default: m.CompareRoute })));
const PartnersRoute = lazy(() => import("./routes/partners.tsx").then((m) => ({ default: m.PartnersRoute })));
const ChangesRoute = lazy(() => import("./routes/changes.tsx").then((m) => ({ default: m.ChangesRoute })));
const ActivityRoute = lazy(() => import("./routes/activity.tsx").then((m) => ({ default: m.ActivityRoute })));
const ReportRoute = lazy(() => import("./routes/report.tsx").then((m) => ({ default: m.ReportRoute })));
const siteStatements = () => import("./routes/site-statements.ts");
const AboutRoute = lazy(() => siteStatements().then((m) => ({ default: m.AboutRoute })));
const DataDictionaryRoute = lazy(() =>
  import("./routes/data-dictionary.tsx").then((m) => ({ default: m.DataDictionaryRoute })),
);
const AccessibilityRoute = lazy(() => siteStatements().then((m) => ({ default: m.AccessibilityRoute })));
const MethodologyRoute = lazy(() => siteStatements().then((m) => ({ default: m.MethodologyRoute })));
// A chart on its own, for other sites to frame: no header, navigation or footer.
const EmbedSeriesRoute = lazy(() =>
  import("./routes/embed-series.tsx").then((m) => ({ default: m.EmbedSeriesRoute })),
);
const EmbedCompareRoute = lazy(() =>
  import("./routes/embed-compare.tsx").then((m) => ({ default: m.EmbedCompareRoute })),
);

// Self-reporting pages: signed-in work, never part of the public first load.
const SignInRoute = lazy(() => import("./routes/sign-in.tsx").then((m) => ({ default: m.SignInRoute })));
const ManageWorkspaceRoute = lazy(() =>
  import("./routes/manage-workspace.tsx").then((m) => ({ default: m.ManageWorkspaceRoute })),
);
const ManageHistoryRoute = lazy(() =>
  import("./routes/manage-history.tsx").then((m) => ({ default: m.ManageHistoryRoute })),
);
const ManagePreviewRoute = lazy(() =>
  import("./routes/manage-preview.tsx").then((m) => ({ default: m.ManagePreviewRoute })),
);
const recordForm = () => import("./routes/manage-record-form.tsx");
const ManageSignatureRoute = lazy(() => recordForm().then((m) => ({ default: m.ManageSignatureRoute })));
const ManageNewCommitmentRoute = lazy(() =>
  recordForm().then((m) => ({ default: m.ManageNewCommitmentRoute })),
);
const ManageEditCommitmentRoute = lazy(() =>
  recordForm().then((m) => ({ default: m.ManageEditCommitmentRoute })),
);
const ManageStatusRoute = lazy(() => recordForm().then((m) => ({ default: m.ManageStatusRoute })));
const ManageTargetDateRoute = lazy(() => recordForm().then((m) => ({ default: m.ManageTargetDateRoute })));
const ManageNewPartnershipRoute = lazy(() =>
  recordForm().then((m) => ({ default: m.ManageNewPartnershipRoute })),
);
const ManageEditPartnershipRoute = lazy(() =>
  recordForm().then((m) => ({ default: m.ManageEditPartnershipRoute })),
);
const ReviewRoute = lazy(() => import("./routes/review.tsx").then((m) => ({ default: m.ReviewRoute })));
const LeadershipRoute = lazy(() =>
  import("./routes/leadership.tsx").then((m) => ({ default: m.LeadershipRoute })),
);
const AdminAccountsRoute = lazy(() =>
  import("./routes/admin-accounts.tsx").then((m) => ({ default: m.AdminAccountsRoute })),
);

const ManagePartnershipAnswersRoute = lazy(() =>
  import("./routes/manage-partnership-answers.tsx").then((m) => ({
    default: m.ManagePartnershipAnswersRoute,
  })),
);
const adminMembership = () => import("./routes/admin-membership.tsx");
const AdminMembershipRoute = lazy(() => adminMembership().then((m) => ({ default: m.AdminMembershipRoute })));
const AdminAuthorityMembershipRoute = lazy(() =>
  adminMembership().then((m) => ({ default: m.AdminAuthorityMembershipRoute })),
);

/** Every page; `notFoundPath` is an address the server said has nothing (a profile of no authority). */
export function AppRoutes({ notFoundPath = null }: { notFoundPath?: string | null }) {
  const [location] = useLocation();
  if (location.startsWith("/embed/")) return <EmbedRoutes />;
  return (
    <Layout>
      {/* One boundary per page, reset on navigation, so the header and navigation survive a broken page. */}
      <ErrorBoundary
        resetKeys={[location]}
        fallback={(error) => (
          <>
            <h1 className="govuk-heading-l">Sorry, there is a problem with this page</h1>
            <ErrorMessage title="The page could not be shown" error={error} />
          </>
        )}
      >
        <Suspense fallback={<Loading label="Loading the page…" />}>
          <Switch>
            {location === notFoundPath ? <Route component={NotFoundRoute} /> : null}
            <Route path="/" component={OverviewRoute} />
            <Route path="/authorities" component={AuthoritiesRoute} />
            <Route path="/authorities/:gss" component={AuthorityProfileRoute} />
            <Route path="/commitments" component={CommitmentsRoute} />
            <Route path="/compare" component={CompareRoute} />
            <Route path="/partners" component={PartnersRoute} />
            <Route path="/about" component={AboutRoute} />
            <Route path="/changes" component={ChangesRoute} />
            <Route path="/activity" component={ActivityRoute} />
            <Route path="/report" component={ReportRoute} />
            <Route path="/leadership/report" component={ReportRoute} />
            <Route path="/about/data" component={DataDictionaryRoute} />
            <Route path="/accessibility" component={AccessibilityRoute} />
            <Route path="/methodology" component={MethodologyRoute} />
            <Route path="/sign-in" component={SignInRoute} />
            <Route path="/manage/:gss" component={ManageWorkspaceRoute} />
            <Route path="/manage/:gss/preview" component={ManagePreviewRoute} />
            <Route path="/manage/:gss/signature" component={ManageSignatureRoute} />
            <Route path="/manage/:gss/commitments/new" component={ManageNewCommitmentRoute} />
            <Route path="/manage/:gss/commitments/:id/edit" component={ManageEditCommitmentRoute} />
            <Route path="/manage/:gss/commitments/:id/status" component={ManageStatusRoute} />
            <Route path="/manage/:gss/commitments/:id/target-date" component={ManageTargetDateRoute} />
            <Route path="/manage/:gss/partnerships/new" component={ManageNewPartnershipRoute} />
            <Route path="/manage/:gss/partnerships/:id/edit" component={ManageEditPartnershipRoute} />
            <Route path="/manage/:gss/history/:recordType/:id" component={ManageHistoryRoute} />
            <Route path="/manage/:gss/partnership-answers" component={ManagePartnershipAnswersRoute} />
            <Route path="/review" component={ReviewRoute} />
            <Route path="/admin/accounts" component={AdminAccountsRoute} />
            <Route path="/admin/membership" component={AdminMembershipRoute} />
            <Route path="/admin/membership/:gss" component={AdminAuthorityMembershipRoute} />
            <Route path="/leadership" component={LeadershipRoute} />
            <Route component={NotFoundRoute} />
          </Switch>
          <ReadyMark />
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}

/**
 * Says the page is ready to use: rendered in the same boundary as the page, so on a page rendered
 * on the server it runs once the page itself (not only the header) has been hydrated and its
 * controls respond. `<html data-ready>` is what the end-to-end tests wait for after loading a page.
 */
function ReadyMark() {
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
  }, []);
  return null;
}

/** Pages made to be framed by other sites: the content alone, in a landmark of its own. */
function EmbedRoutes() {
  return (
    <main className="app-embed" id="main-content">
      <ErrorBoundary
        fallback={(error) => <ErrorMessage title="Sorry, this chart could not be shown" error={error} />}
      >
        <Suspense fallback={<Loading label="Loading the chart…" />}>
          <Switch>
            <Route path="/embed/series/:name" component={EmbedSeriesRoute} />
            <Route path="/embed/compare/:measure" component={EmbedCompareRoute} />
            <Route component={NotFoundRoute} />
          </Switch>
          <ReadyMark />
        </Suspense>
      </ErrorBoundary>
    </main>
  );
}
