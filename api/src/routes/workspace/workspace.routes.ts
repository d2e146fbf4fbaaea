import { createRoute } from "@hono/zod-openapi";
import { AuthorityProfileSchema } from "@ldd/shared/authorities";
import {
  CommitmentImportRequestSchema,
  CommitmentImportResultSchema,
  MAX_IMPORT_ROWS,
} from "@ldd/shared/commitment-spreadsheet";
import { GssCodeSchema } from "@ldd/shared/common";
import { ErrorBodySchema } from "@ldd/shared/errors";
import {
  CommitmentInputSchema,
  NewCommitmentInputSchema,
  PartnershipInputSchema,
  ReviewOutcomeSchema,
  SignatureInputSchema,
  StatusUpdateInputSchema,
  SubmitChangesInputSchema,
  TargetDateChangeInputSchema,
  WorkspaceCommitmentSchema,
  WorkspacePartnershipSchema,
  WorkspaceSchema,
  WorkspaceSignatureSchema,
} from "@ldd/shared/workspace";
import * as z from "zod";
import { authorityAccess } from "../../lib/auth/access.ts";
import { csvResponse, jsonBody, jsonResponse, mutationErrorResponses } from "../../lib/openapi-responses.ts";
import { MAX_REPORTED_ISSUES } from "./commitment-spreadsheet.ts";

const tags = ["Workspace"];

const authorityParams = z.object({ gss: GssCodeSchema });
const commitmentParams = authorityParams.extend({ id: z.uuid("Not a commitment id") });
const partnershipParams = authorityParams.extend({ id: z.uuid("Not a partnership id") });

const readErrors = {
  400: jsonResponse(ErrorBodySchema, "The address is not valid: `issues` names each part"),
  401: jsonResponse(ErrorBodySchema, "Signed out"),
  403: jsonResponse(ErrorBodySchema, "An editor of another authority"),
  404: jsonResponse(ErrorBodySchema, "No such authority, or no such record in this authority"),
};
const writeErrors = {
  ...readErrors,
  ...mutationErrorResponses(),
  403: jsonResponse(ErrorBodySchema, "Not an editor of this authority, or sent from another site"),
};
const conflict = {
  409: jsonResponse(
    ErrorBodySchema,
    "The record changed since `expectedVersion`: `error.current` holds it as it now stands",
  ),
};

export const getWorkspace = createRoute({
  middleware: [authorityAccess("read")] as const,
  method: "get",
  path: "/api/workspace/{gss}",
  tags,
  summary: "An authority's records as its editors see them: drafts, submissions and returns included",
  description: "Editors of the authority, reviewers and administrators.",
  request: { params: authorityParams },
  responses: { 200: jsonResponse(WorkspaceSchema, "The workspace"), ...readErrors },
});

export const saveSignature = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "put",
  path: "/api/workspace/{gss}/signature",
  tags,
  summary: "Record or correct the Declaration signature (a new draft version)",
  description: "Editors of the authority. `expectedVersion` 0 records the first signature.",
  request: { params: authorityParams, body: jsonBody(SignatureInputSchema) },
  responses: {
    200: jsonResponse(WorkspaceSignatureSchema, "Saved as a draft"),
    201: jsonResponse(WorkspaceSignatureSchema, "The first signature, saved as a draft"),
    ...conflict,
    ...writeErrors,
  },
});

export const createCommitment = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "post",
  path: "/api/workspace/{gss}/commitments",
  tags,
  summary: "Add a commitment (a draft) with its original target date",
  description: "Editors of the authority.",
  request: { params: authorityParams, body: jsonBody(NewCommitmentInputSchema) },
  responses: { 201: jsonResponse(WorkspaceCommitmentSchema, "Added as a draft"), ...writeErrors },
});

export const updateCommitment = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "put",
  path: "/api/workspace/{gss}/commitments/{id}",
  tags,
  summary: "Change a commitment's content (a new draft version)",
  description: "Editors of the authority.",
  request: { params: commitmentParams, body: jsonBody(CommitmentInputSchema) },
  responses: {
    200: jsonResponse(WorkspaceCommitmentSchema, "Saved as a draft"),
    ...conflict,
    ...writeErrors,
  },
});

export const addStatusUpdate = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "post",
  path: "/api/workspace/{gss}/commitments/{id}/status-updates",
  tags,
  summary: "Report a commitment's status, with its evidence, in one step (a draft)",
  description: "Editors of the authority.",
  request: { params: commitmentParams, body: jsonBody(StatusUpdateInputSchema) },
  responses: {
    201: jsonResponse(WorkspaceCommitmentSchema, "Reported as a draft"),
    ...conflict,
    ...writeErrors,
  },
});

export const changeTargetDate = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "post",
  path: "/api/workspace/{gss}/commitments/{id}/target-dates",
  tags,
  summary: "Re-baseline a commitment's target date, with the reason (a draft)",
  description: "Editors of the authority.",
  request: { params: commitmentParams, body: jsonBody(TargetDateChangeInputSchema) },
  responses: {
    201: jsonResponse(WorkspaceCommitmentSchema, "Re-baselined as a draft"),
    ...conflict,
    ...writeErrors,
  },
});

export const createPartnership = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "post",
  path: "/api/workspace/{gss}/partnerships",
  tags,
  summary: "Record a partnership (a draft); a partner of kind `new` adds the organisation",
  description: "Editors of the authority. `expectedVersion` must be 0.",
  request: { params: authorityParams, body: jsonBody(PartnershipInputSchema) },
  responses: { 201: jsonResponse(WorkspacePartnershipSchema, "Recorded as a draft"), ...writeErrors },
});

export const updatePartnership = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "put",
  path: "/api/workspace/{gss}/partnerships/{id}",
  tags,
  summary: "Change or end a partnership (a new draft version; ending sets `endDate`)",
  description: "Editors of the authority.",
  request: { params: partnershipParams, body: jsonBody(PartnershipInputSchema) },
  responses: {
    200: jsonResponse(WorkspacePartnershipSchema, "Saved as a draft"),
    ...conflict,
    ...writeErrors,
  },
});

export const submitChanges = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "post",
  path: "/api/workspace/{gss}/submit",
  tags,
  summary: "Submit the authority's drafts for review: all of them, or the ones named in `changeIds`",
  description:
    "Editors of the authority. Only drafts are submitted: a returned change goes back to review once it is corrected (a new draft that replaces it) and never as it was. Answers 400 when there is nothing to submit, and 409 when a named change is no longer a draft (nothing is submitted).",
  request: { params: authorityParams, body: jsonBody(SubmitChangesInputSchema) },
  responses: {
    200: jsonResponse(ReviewOutcomeSchema, "How many changes were submitted"),
    409: jsonResponse(ErrorBodySchema, "A named change is no longer a draft"),
    ...writeErrors,
  },
});

export const withdrawChange = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "post",
  path: "/api/workspace/{gss}/changes/{changeId}/withdraw",
  tags,
  summary: "Withdraw a draft or returned change: it will never be submitted or published",
  description:
    "Editors of the authority. `changeId` is the id of a version or event (as the workspace gives it). What the public sees does not change. Answers 409 when the change is no longer a draft or returned.",
  request: {
    params: authorityParams.extend({ changeId: z.uuid("Not a change id") }),
    body: jsonBody(z.object({})),
  },
  responses: {
    200: jsonResponse(ReviewOutcomeSchema, "Withdrawn"),
    409: jsonResponse(ErrorBodySchema, "The change is no longer a draft or returned"),
    ...writeErrors,
  },
});

export const previewProfile = createRoute({
  middleware: [authorityAccess("read")] as const,
  method: "get",
  path: "/api/workspace/{gss}/preview",
  tags,
  summary: "The authority's public profile as it would be with its drafts and submitted changes published",
  description:
    "Editors of the authority, reviewers and administrators. Returned and withdrawn changes are left out; partnerships other authorities reported are shown as published.",
  request: { params: authorityParams },
  responses: { 200: jsonResponse(AuthorityProfileSchema, "The profile, previewed"), ...readErrors },
});

export const exportCommitments = createRoute({
  middleware: [authorityAccess("read")] as const,
  method: "get",
  path: "/api/workspace/{gss}/commitments.csv",
  tags,
  summary: "The authority's commitments as a spreadsheet (drafts included), in the import format",
  description: "Editors of the authority, reviewers and administrators.",
  request: { params: authorityParams },
  responses: { 200: csvResponse("One row per commitment"), ...readErrors },
});

export const importCommitments = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "post",
  path: "/api/workspace/{gss}/commitments/import",
  tags,
  summary: "Import the commitments spreadsheet: all rows or none",
  description: `Editors of the authority. At most ${MAX_IMPORT_ROWS} rows of commitments in one file (a larger file is refused with 422). Rows with an id change that commitment (their version must be the current one); rows without create one. Any problem writes nothing and answers 422 naming each row and column: at most ${MAX_REPORTED_ISSUES} problems, then one more issue saying how many more there are.`,
  request: { params: authorityParams, body: jsonBody(CommitmentImportRequestSchema) },
  responses: {
    200: jsonResponse(CommitmentImportResultSchema, "Imported, as drafts"),
    422: jsonResponse(
      ErrorBodySchema,
      `Nothing was imported: each issue's path is \`rows.<row number, header = 1>.<column>\`, or \`rows\` for the file as a whole (over ${MAX_IMPORT_ROWS} rows, or how many more problems there are)`,
    ),
    ...writeErrors,
  },
});
