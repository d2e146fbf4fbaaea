import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./open-data.handlers.ts";
import * as routes from "./open-data.routes.ts";

/** The latest edition's fixed addresses first: `latest` is not a date. */
export const openDataRouter = createRouter()
  .openapi(routes.getLatestPackage, handlers.getLatestPackageHandler)
  .openapi(routes.getLatestZip, handlers.getLatestZipHandler)
  .openapi(routes.getLatestTable, handlers.getLatestTableHandler)
  .openapi(routes.getDatedPackage, handlers.getDatedPackageHandler)
  .openapi(routes.getDatedZip, handlers.getDatedZipHandler)
  .openapi(routes.getDatedTable, handlers.getDatedTableHandler);
