import type { RenderedPage, ServerRenderer } from "@ldd/shared/server-render";
import { dehydrate, type Query, type QueryClient } from "@tanstack/react-query";
import { prerender } from "react-dom/static";
import { Router } from "wouter";
import { AppProvider } from "./app/provider.tsx";
import { AppRoutes } from "./app/router.tsx";
import { setRequestSender } from "./lib/api-client.ts";
import { createQueryClient } from "./lib/query-client.ts";
import { publicDataKeys } from "./lib/query-keys.ts";
import type { ServerState } from "./lib/server-state.ts";
import { type DocumentHead, DocumentHeadContext, SITE_NAME } from "./lib/use-document-title.ts";

/*
 * Public pages rendered to HTML on the server, with the components the browser uses
 * (docs/decisions/014-server-rendered-public-pages.md). A page is rendered, the published-data
 * reads it asked for are answered, and it is rendered again with their data, until it asks for
 * nothing new. Only published data goes into a page: never the reader's session, so one page's
 * HTML is the same for everyone and can be cached with the public snapshot.
 */

/** Pages whose reads depend on earlier reads need a few rounds; none needs more than this. */
const MAX_ROUNDS = 4;

const isPublicData = (query: Query) => query.queryKey[0] === publicDataKeys.all[0];

/** Reads the page asked for and that have not been made (the server never fetches on its own). */
function unansweredReads(queryClient: QueryClient): Query[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .filter(
      (query) =>
        isPublicData(query) &&
        query.state.status === "pending" &&
        query.state.fetchStatus === "idle" &&
        (query.options as { enabled?: unknown }).enabled !== false,
    );
}

interface Rendering {
  queryClient: QueryClient;
  url: string;
  head: DocumentHead;
  notFoundPath: string | null;
}

async function renderOnce({ queryClient, url, head, notFoundPath }: Rendering): Promise<string> {
  const { prelude } = await prerender(
    <DocumentHeadContext.Provider value={head}>
      <AppProvider queryClient={queryClient}>
        <Router ssrPath={url}>
          <AppRoutes notFoundPath={notFoundPath} />
        </Router>
      </AppProvider>
    </DocumentHeadContext.Provider>,
    // One document, never split into parts revealed by inline scripts (the CSP allows none).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}

const render: ServerRenderer<Request, Response>["render"] = async (url, send, { notFound }) => {
  setRequestSender((input, init) => send(new Request(input, init)));
  const queryClient = createQueryClient({ retry: false });
  const notFoundPath = notFound ? (url.split("?")[0] ?? url) : null;
  const rendering: Rendering = { queryClient, url, head: { title: SITE_NAME }, notFoundPath };
  let markup = await renderOnce(rendering);
  for (let round = 1; round < MAX_ROUNDS; round += 1) {
    const reads = unansweredReads(queryClient);
    if (reads.length === 0) break;
    await Promise.all(reads.map((query) => query.fetch().catch(() => undefined)));
    markup = await renderOnce(rendering);
  }
  const queries = queryClient.getQueryCache().getAll().filter(isPublicData);
  // A failed or unfinished read would show an error or a loading message the browser would not
  // reproduce: the browser renders such a page itself.
  if (queries.some((query) => query.state.status !== "success")) return null;
  const state: ServerState = {
    queries: dehydrate(queryClient, { shouldDehydrateQuery: isPublicData }),
    notFoundPath,
  };
  return { markup, title: rendering.head.title, state } satisfies RenderedPage;
};

export const renderer: ServerRenderer<Request, Response> = { render };
