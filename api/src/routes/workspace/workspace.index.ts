import { createRouter } from "../../lib/create-router.ts";
import * as handlers from "./workspace.handlers.ts";
import * as routes from "./workspace.routes.ts";

export const workspaceRouter = createRouter()
  .openapi(routes.getWorkspace, handlers.getWorkspaceHandler)
  .openapi(routes.saveSignature, handlers.saveSignatureHandler)
  .openapi(routes.exportCommitments, handlers.exportCommitmentsHandler)
  .openapi(routes.importCommitments, handlers.importCommitmentsHandler)
  .openapi(routes.createCommitment, handlers.createCommitmentHandler)
  .openapi(routes.updateCommitment, handlers.updateCommitmentHandler)
  .openapi(routes.addStatusUpdate, handlers.addStatusUpdateHandler)
  .openapi(routes.changeTargetDate, handlers.changeTargetDateHandler)
  .openapi(routes.createPartnership, handlers.createPartnershipHandler)
  .openapi(routes.updatePartnership, handlers.updatePartnershipHandler)
  .openapi(routes.submitChanges, handlers.submitChangesHandler)
  .openapi(routes.withdrawChange, handlers.withdrawChangeHandler)
  .openapi(routes.previewProfile, handlers.previewProfileHandler);
