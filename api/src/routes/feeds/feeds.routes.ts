import { createRoute } from "@hono/zod-openapi";
import { FeedQuerySchema } from "@ldd/shared/leadership";
import * as z from "zod";
import { errorResponses } from "../../lib/openapi-responses.ts";

const tags = ["Feeds"];

export const getChangesAtom = createRoute({
  method: "get",
  path: "/feeds/changes.atom",
  tags,
  summary: "Published changes as an Atom feed (RFC 4287), the latest 100, newest recorded first",
  request: { query: FeedQuerySchema },
  responses: {
    200: { content: { "application/atom+xml": { schema: z.string() } }, description: "The feed" },
    ...errorResponses(),
  },
});

export const getChangesJsonFeed = createRoute({
  method: "get",
  path: "/feeds/changes.json",
  tags,
  summary: "The same changes as a JSON Feed 1.1",
  request: { query: FeedQuerySchema },
  responses: {
    // Described, not typed: a JSON Feed document (application/feed+json), not one of our JSON schemas.
    200: { description: "The feed, as application/feed+json (https://www.jsonfeed.org/version/1.1/)" },
    ...errorResponses(),
  },
});
