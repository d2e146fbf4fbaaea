import { AccountListSchema, DemoAccountListSchema, SessionSchema } from "@ldd/shared/accounts";
import { CommitmentImportResultSchema } from "@ldd/shared/commitment-spreadsheet";
import { HistorySchema } from "@ldd/shared/history";
import {
  ReviewOutcomeSchema,
  ReviewQueueSchema,
  WorkspaceCommitmentSchema,
  WorkspacePartnershipSchema,
  WorkspaceSchema,
  WorkspaceSignatureSchema,
} from "@ldd/shared/workspace";
import { describe, expect, it } from "vitest";
import {
  buildAccount,
  buildDemoAccounts,
  buildHistory,
  buildImportResult,
  buildReviewOutcome,
  buildReviewQueue,
  buildSession,
  buildWorkspace,
  buildWorkspaceCommitment,
  buildWorkspacePartnership,
  buildWorkspaceSignature,
} from "./workspace-fixtures.ts";

describe("self-reporting fixtures", () => {
  it("pass the shared contract schemas, so the mocks cannot drift from the API", () => {
    for (const role of ["editor", "reviewer", "admin"] as const) {
      expect(() => SessionSchema.parse(buildSession(role))).not.toThrow();
    }
    expect(() =>
      AccountListSchema.parse({ accounts: [buildAccount("editor"), buildAccount("admin")] }),
    ).not.toThrow();
    expect(() => DemoAccountListSchema.parse(buildDemoAccounts())).not.toThrow();
    expect(() => WorkspaceSchema.parse(buildWorkspace())).not.toThrow();
    expect(() => ReviewQueueSchema.parse(buildReviewQueue())).not.toThrow();
    expect(() => HistorySchema.parse(buildHistory())).not.toThrow();
  });

  it("answer every write as the API does, so the writes' answers pass their schemas too", () => {
    expect(() => WorkspaceSignatureSchema.parse(buildWorkspaceSignature())).not.toThrow();
    expect(() => WorkspaceCommitmentSchema.parse(buildWorkspaceCommitment())).not.toThrow();
    expect(() => WorkspacePartnershipSchema.parse(buildWorkspacePartnership())).not.toThrow();
    expect(() => CommitmentImportResultSchema.parse(buildImportResult())).not.toThrow();
    expect(() => ReviewOutcomeSchema.parse(buildReviewOutcome(2))).not.toThrow();
  });
});
