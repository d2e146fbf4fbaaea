import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./summary.handlers.ts";
import * as routes from "./summary.routes.ts";

export const summaryRouter = createRouter()
  .openapi(routes.getSummary, handlers.getSummaryHandler)
  .openapi(routes.getMeta, handlers.getMetaHandler);
