import { SERVER_STATE_ID } from "@ldd/shared/server-render";
import type { DehydratedState } from "@tanstack/react-query";

/** What a server-rendered page carries for the browser, in `<script id="server-state">`. */
export interface ServerState {
  /** The published data the page was rendered with (TanStack Query's dehydrated cache). */
  queries: DehydratedState;
  /** The address the server answered 404 for, so the browser shows "not found" there too. */
  notFoundPath: string | null;
}

/**
 * The state the server put in the page, or null for a page the browser renders itself. The data
 * counts as fetched now: the page was revalidated with the server as it loaded (its ETag changes
 * when published data does), so there is nothing newer to ask for.
 */
export function readServerState(now = Date.now()): ServerState | null {
  const text = document.getElementById(SERVER_STATE_ID)?.textContent;
  if (!text) return null;
  const state = JSON.parse(text) as ServerState;
  for (const query of state.queries.queries) query.state.dataUpdatedAt = now;
  return state;
}
