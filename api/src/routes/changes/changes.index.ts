import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./changes.handlers.ts";
import * as routes from "./changes.routes.ts";

export const changesRouter = createRouter()
  .openapi(routes.getChanges, handlers.getChangesHandler)
  .openapi(routes.getChangesCsv, handlers.getChangesCsvHandler)
  .openapi(routes.getActivity, handlers.getActivityHandler)
  .openapi(routes.getActivityCsv, handlers.getActivityCsvHandler);
