import { AccountListSchema, DemoAccountListSchema, SessionSchema } from "@ldd/shared/accounts";
import { HistorySchema, ReviewQueueSchema, WorkspaceSchema } from "@ldd/shared/workspace";
import { describe, expect, it } from "vitest";
import {
  buildAccount,
  buildDemoAccounts,
  buildHistory,
  buildReviewQueue,
  buildSession,
  buildWorkspace,
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
});
