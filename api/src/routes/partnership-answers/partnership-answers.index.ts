import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./partnership-answers.handlers.ts";
import * as routes from "./partnership-answers.routes.ts";

export const partnershipAnswersRouter = createRouter()
  .openapi(routes.listIncomingPartnerships, handlers.listIncomingPartnershipsHandler)
  .openapi(routes.answerPartnership, handlers.answerPartnershipHandler);
