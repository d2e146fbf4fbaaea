import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./membership.handlers.ts";
import * as routes from "./membership.routes.ts";

export const membershipRouter = createRouter()
  .openapi(routes.getMembership, handlers.getMembershipHandler)
  .openapi(routes.recordMembershipEvent, handlers.recordMembershipEventHandler)
  .openapi(routes.withdrawMembershipEvent, handlers.withdrawMembershipEventHandler);
