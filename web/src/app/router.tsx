import { lazy, Suspense } from "react";
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
const AboutRoute = lazy(() => import("./routes/about.tsx").then((m) => ({ default: m.AboutRoute })));

export function AppRoutes() {
  const [location] = useLocation();
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
            <Route path="/" component={OverviewRoute} />
            <Route path="/authorities" component={AuthoritiesRoute} />
            <Route path="/authorities/:gss" component={AuthorityProfileRoute} />
            <Route path="/commitments" component={CommitmentsRoute} />
            <Route path="/about" component={AboutRoute} />
            <Route component={NotFoundRoute} />
          </Switch>
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
