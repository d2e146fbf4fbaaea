import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./accounts.handlers.ts";
import * as routes from "./accounts.routes.ts";

export const accountsRouter = createRouter()
  .openapi(routes.listAccounts, handlers.listAccountsHandler)
  .openapi(routes.createAccount, handlers.createAccountHandler)
  .openapi(routes.updateAccount, handlers.updateAccountHandler);
