import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./portfolio.handlers.ts";
import * as routes from "./portfolio.routes.ts";

export const portfolioRouter = createRouter()
  .openapi(routes.getMatrix, handlers.getMatrixHandler)
  .openapi(routes.getMatrixCsv, handlers.getMatrixCsvHandler)
  .openapi(routes.listPartners, handlers.listPartnersHandler)
  .openapi(routes.listPartnersCsv, handlers.listPartnersCsvHandler);
