import { ErrorBodySchema } from "@ldd/shared/errors";
import { describe, expect, it } from "vitest";
import {
  addCommitment,
  HACKNEY,
  hackney,
  send,
  setUpWorkspaceTests,
} from "../../testing/workspace-context.ts";

setUpWorkspaceTests();

describe("dates sent to the workspace", () => {
  it("are refused with the form's GOV.UK messages, naming the field and the box", async () => {
    const added = await addCommitment(hackney, "Dates checked like the form");
    const base = `/api/workspace/${HACKNEY}/commitments/${added.id}`;
    const cases = [
      [
        { targetDate: "", reason: "Moved", expectedVersion: 1 },
        "json.targetDate",
        "Enter the new target date",
      ],
      [
        { targetDate: "2027--01", reason: "Moved", expectedVersion: 1 },
        "json.targetDate.month",
        "New target date must include a month",
      ],
      [
        { targetDate: "2027-02-30", reason: "Moved", expectedVersion: 1 },
        "json.targetDate",
        "New target date must be a real date",
      ],
      [{ reason: "Moved", expectedVersion: 1 }, "json.targetDate", "Enter the new target date"],
    ] as const;
    for (const [body, path, message] of cases) {
      const response = await send("POST", `${base}/target-dates`, body, hackney);
      expect(response.status).toBe(400);
      const { error } = ErrorBodySchema.parse(await response.json());
      expect(error.issues).toContainEqual({ path, message });
    }
  });
});
