import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./partnerships.handlers.ts";
import * as routes from "./partnerships.routes.ts";

export const partnershipsRouter = createRouter()
  .openapi(routes.listPartnerships, handlers.listPartnershipsHandler)
  .openapi(routes.listPartnershipsCsv, handlers.listPartnershipsCsvHandler);
