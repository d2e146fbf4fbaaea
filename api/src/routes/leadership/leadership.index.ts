import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./leadership.handlers.ts";
import * as routes from "./leadership.routes.ts";

export const leadershipRouter = createRouter()
  .openapi(routes.getAttention, handlers.getAttentionHandler)
  .openapi(routes.getAttentionCsv, handlers.getAttentionCsvHandler)
  .openapi(routes.getLeadershipActivity, handlers.getLeadershipActivityHandler)
  .openapi(routes.getLeadershipActivityCsv, handlers.getLeadershipActivityCsvHandler);
