import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./authorities.handlers.ts";
import * as routes from "./authorities.routes.ts";

export const authoritiesRouter = createRouter()
  .openapi(routes.listAuthorities, handlers.listAuthoritiesHandler)
  .openapi(routes.listAuthoritiesCsv, handlers.listAuthoritiesCsvHandler)
  .openapi(routes.getAuthority, handlers.getAuthorityHandler);
