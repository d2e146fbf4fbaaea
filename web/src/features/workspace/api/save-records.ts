import type {
  CommitmentInput,
  NewCommitmentInput,
  PartnershipInput,
  SignatureInput,
  StatusUpdateInput,
  TargetDateChangeInput,
} from "@ldd/shared/workspace";
import { sendJson } from "@/lib/api-client.ts";
import { workspacePath } from "./get-workspace.ts";

/*
 * One function per write of the workspace. Each sends the shared input shape; the answer is not
 * needed (the workspace is fetched again), so none is parsed here.
 */

const id = (value: string) => encodeURIComponent(value);

export function saveSignature(gss: string, input: SignatureInput) {
  return sendJson("PUT", `${workspacePath(gss)}/signature`, input);
}

export function createCommitment(gss: string, input: NewCommitmentInput) {
  return sendJson("POST", `${workspacePath(gss)}/commitments`, input);
}

export function updateCommitment(gss: string, commitmentId: string, input: CommitmentInput) {
  return sendJson("PUT", `${workspacePath(gss)}/commitments/${id(commitmentId)}`, input);
}

export function reportStatus(gss: string, commitmentId: string, input: StatusUpdateInput) {
  return sendJson("POST", `${workspacePath(gss)}/commitments/${id(commitmentId)}/status-updates`, input);
}

export function changeTargetDate(gss: string, commitmentId: string, input: TargetDateChangeInput) {
  return sendJson("POST", `${workspacePath(gss)}/commitments/${id(commitmentId)}/target-dates`, input);
}

export function createPartnership(gss: string, input: PartnershipInput) {
  return sendJson("POST", `${workspacePath(gss)}/partnerships`, input);
}

export function updatePartnership(gss: string, partnershipId: string, input: PartnershipInput) {
  return sendJson("PUT", `${workspacePath(gss)}/partnerships/${id(partnershipId)}`, input);
}
