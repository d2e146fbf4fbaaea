import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./history.handlers.ts";
import * as routes from "./history.routes.ts";

export const historyRouter = createRouter().openapi(
  routes.getRecordHistory,
  handlers.getRecordHistoryHandler,
);
