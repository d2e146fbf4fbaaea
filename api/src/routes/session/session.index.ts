import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./session.handlers.ts";
import * as routes from "./session.routes.ts";

export const sessionRouter = createRouter()
  .openapi(routes.signIn, handlers.signInHandler)
  .openapi(routes.getSession, handlers.getSessionHandler)
  .openapi(routes.signOut, handlers.signOutHandler)
  .openapi(routes.listDemoAccounts, handlers.listDemoAccountsHandler);
