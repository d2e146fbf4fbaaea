import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./feeds.handlers.ts";
import * as routes from "./feeds.routes.ts";

export const feedsRouter = createRouter()
  .openapi(routes.getChangesAtom, handlers.getChangesAtomHandler)
  .openapi(routes.getChangesJsonFeed, handlers.getChangesJsonFeedHandler);
