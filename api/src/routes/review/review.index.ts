import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./review.handlers.ts";
import * as routes from "./review.routes.ts";

export const reviewRouter = createRouter()
  .openapi(routes.getReviewQueue, handlers.getReviewQueueHandler)
  .openapi(routes.publishSubmission, handlers.publishSubmissionHandler)
  .openapi(routes.returnSubmission, handlers.returnSubmissionHandler);
