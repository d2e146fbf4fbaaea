import { describe, expect, it } from "vitest";
import {
  cookies,
  makeDraftChangeId,
  OTHER,
  OWN,
  seeded,
  setUpAuthorizationTests,
  workspace,
} from "./testing/authorization-context.ts";
import { jsonRequest } from "./testing/sign-in.ts";

/*
 * docs/quality.md R3 and R14: an editor who names another authority's record or change under their
 * own authority is told it does not exist (404), and nothing changes: ids reveal nothing.
 */

setUpAuthorizationTests();

describe("another authority's records", () => {
  it("answers 404 when an editor names another authority's record under their own authority", async () => {
    const camdenDraft = await makeDraftChangeId(OTHER);
    const camden = await workspace(OTHER);
    const commitment = camden.commitments[0];
    const partnership = camden.partnerships[0];
    if (!commitment || !partnership) throw new Error("Camden should have records");
    const base = `/api/workspace/${OWN}`;
    const attempts: [string, string, unknown][] = [
      ["PUT", `${base}/commitments/${commitment.id}`, { ...commitment, expectedVersion: commitment.version }],
      [
        "POST",
        `${base}/commitments/${commitment.id}/status-updates`,
        {
          status: "done",
          phase: null,
          effectiveDate: "2026-11-01",
          note: "",
          evidenceUrls: [],
          expectedVersion: commitment.version,
        },
      ],
      [
        "POST",
        `${base}/commitments/${commitment.id}/target-dates`,
        { targetDate: "2027-01-01", reason: "x", expectedVersion: commitment.version },
      ],
      [
        "PUT",
        `${base}/partnerships/${partnership.id}`,
        {
          partner: { kind: "organisation", organisationId: partnership.partner.id },
          startDate: partnership.startDate,
          endDate: null,
          purpose: "x",
          commitmentIds: [],
          expectedVersion: partnership.version,
        },
      ],
      ["GET", `${base}/history/commitment/${commitment.id}`, undefined],
      ["POST", `${base}/changes/${commitment.changeId}/withdraw`, {}],
      ["POST", `${base}/changes/${camdenDraft}/withdraw`, {}],
    ];
    for (const [method, path, body] of attempts) {
      const init =
        method === "GET"
          ? { headers: { Cookie: cookies.editor ?? "" } }
          : jsonRequest(method, body, cookies.editor);
      expect((await seeded.app.request(path, init)).status, `${method} ${path}`).toBe(404);
    }
    expect((await workspace(OTHER)).commitments[0]?.version).toBe(commitment.version);
    expect((await workspace(OTHER)).pending.drafts).toBe(camden.pending.drafts);
  });
});
