import { onTestFinished } from "vitest";
import { server } from "./server.ts";

/**
 * Records the path and query of every API request the page makes during the test, so a test can
 * check that filters and views reach the API.
 */
export function recordRequests(): string[] {
  const requests: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/api/")) requests.push(`${url.pathname}${url.search}`);
  };
  server.events.on("request:start", listener);
  onTestFinished(() => {
    server.events.removeListener("request:start", listener);
  });
  return requests;
}
