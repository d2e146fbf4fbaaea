import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./commitments.handlers.ts";
import * as routes from "./commitments.routes.ts";

export const commitmentsRouter = createRouter()
  .openapi(routes.listCommitments, handlers.listCommitmentsHandler)
  .openapi(routes.listCommitmentsCsv, handlers.listCommitmentsCsvHandler);
