import { AuthorityProfileSchema } from "@ldd/shared/authorities";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { IncomingPartnershipListSchema, IncomingPartnershipSchema } from "@ldd/shared/partnership-answers";
import { WorkspacePartnershipSchema } from "@ldd/shared/workspace";
import { describe, expect, it } from "vitest";
import { submittedChangeIds } from "../../testing/review.ts";
import {
  CAMDEN,
  camden,
  countAudit,
  get,
  HACKNEY,
  hackney,
  reviewer,
  seeded,
  send,
  setUpWorkspaceTests,
} from "../../testing/workspace-context.ts";

setUpWorkspaceTests();

/** Hackney's editor saves, submits and a reviewer publishes: what the public then sees. */
async function publishHackney() {
  expect((await send("POST", `/api/workspace/${HACKNEY}/submit`, {}, hackney)).status).toBe(200);
  const changeIds = await submittedChangeIds(seeded.app, reviewer, HACKNEY);
  expect((await send("POST", `/api/review/${HACKNEY}/publish`, { changeIds }, reviewer)).status).toBe(200);
}

async function reportWithCamden(purpose: string) {
  const input = {
    partner: { kind: "authority", gss: CAMDEN },
    startDate: "2026-02-01",
    endDate: null,
    purpose,
    commitmentIds: [],
    expectedVersion: 0,
  };
  const created = await send("POST", `/api/workspace/${HACKNEY}/partnerships`, input, hackney);
  expect(created.status).toBe(201);
  const partnership = WorkspacePartnershipSchema.parse(await created.json());
  await publishHackney();
  return { partnership, input };
}

async function incoming(cookie = camden) {
  const response = await get(`/api/workspace/${CAMDEN}/partnership-answers`, cookie);
  expect(response.status).toBe(200);
  return IncomingPartnershipListSchema.parse(await response.json()).partnerships;
}

async function profile(gss: string) {
  return AuthorityProfileSchema.parse(await (await get(`/api/authorities/${gss}`)).json());
}

describe("a partnership between two authorities", () => {
  it("appears on both profiles, awaiting the partner's answer, and is confirmed by the partner's editor", async () => {
    const { partnership } = await reportWithCamden("Share a booking system for both boroughs");
    const hackneySide = (await profile(HACKNEY)).partnerships.find((p) => p.id === partnership.id);
    expect(hackneySide?.confirmation).toEqual({
      state: "awaiting",
      partnerGss: CAMDEN,
      partnerName: "Camden",
      comment: null,
      answeredOn: null,
    });
    const camdenSide = (await profile(CAMDEN)).namedIn.find((p) => p.id === partnership.id);
    expect(camdenSide).toMatchObject({ authorityName: "Hackney", confirmation: { state: "awaiting" } });

    const asked = (await incoming()).find((p) => p.id === partnership.id);
    expect(asked).toMatchObject({ state: "awaiting", reportedBy: { gss: HACKNEY, name: "Hackney" } });
    const audits = await countAudit();
    const answered = await send(
      "POST",
      `/api/workspace/${CAMDEN}/partnership-answers/${partnership.id}`,
      { answer: "confirmed", comment: "", partnershipVersion: asked?.version },
      camden,
    );
    expect(answered.status).toBe(200);
    expect(IncomingPartnershipSchema.parse(await answered.json())).toMatchObject({ state: "confirmed" });
    expect(await countAudit()).toBe(audits + 1);
    expect(
      (await profile(HACKNEY)).partnerships.find((p) => p.id === partnership.id)?.confirmation,
    ).toMatchObject({
      state: "confirmed",
      partnerName: "Camden",
      answeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const csv = await (await get("/data/latest/partnerships.csv")).text();
    const row = csv.split("\r\n").find((line) => line.startsWith(partnership.id));
    expect(row).toContain(",confirmed,E09000007,");
  });

  it("is disputed with a comment the public reads, and asks again after the reporter changes it", async () => {
    const { partnership, input } = await reportWithCamden("Joint procurement of a case system");
    const asked = (await incoming()).find((p) => p.id === partnership.id);
    const path = `/api/workspace/${CAMDEN}/partnership-answers/${partnership.id}`;
    const withoutComment = await send(
      "POST",
      path,
      { answer: "disputed", partnershipVersion: asked?.version },
      camden,
    );
    expect(withoutComment.status).toBe(400);
    expect(ErrorBodySchema.parse(await withoutComment.json()).error.issues).toContainEqual({
      path: "json.comment",
      message: "Say what is wrong with the partnership, so the other authority can correct it",
    });
    const disputed = await send(
      "POST",
      path,
      {
        answer: "disputed",
        comment: "It started in April, not February",
        partnershipVersion: asked?.version,
      },
      camden,
    );
    expect(disputed.status).toBe(200);
    const camdenSide = (await profile(CAMDEN)).namedIn.find((p) => p.id === partnership.id);
    expect(camdenSide?.confirmation).toMatchObject({
      state: "disputed",
      comment: "It started in April, not February",
    });

    // Hackney corrects it: Camden's answer was about the old version, so it is asked again.
    const corrected = await send(
      "PUT",
      `/api/workspace/${HACKNEY}/partnerships/${partnership.id}`,
      { ...input, startDate: "2026-04-01", expectedVersion: partnership.version },
      hackney,
    );
    expect(corrected.status).toBe(200);
    await publishHackney();
    const again = (await incoming()).find((p) => p.id === partnership.id);
    expect(again).toMatchObject({ state: "awaiting", answeredEarlierVersion: true });
    expect(
      (await profile(HACKNEY)).partnerships.find((p) => p.id === partnership.id)?.confirmation.state,
    ).toBe("awaiting");

    const stale = await send(
      "POST",
      path,
      { answer: "confirmed", partnershipVersion: asked?.version },
      camden,
    );
    expect(stale.status).toBe(409);
    expect(ErrorBodySchema.parse(await stale.json()).error.code).toBe("conflict");
  });

  it("is answered only by the partner's own editors, and only for partnerships naming it", async () => {
    const { partnership } = await reportWithCamden("Shared data standard");
    const asked = (await incoming()).find((p) => p.id === partnership.id);
    const body = { answer: "confirmed", partnershipVersion: asked?.version };
    const byHackney = await send(
      "POST",
      `/api/workspace/${CAMDEN}/partnership-answers/${partnership.id}`,
      body,
      hackney,
    );
    expect(byHackney.status).toBe(403);
    const byReviewer = await send(
      "POST",
      `/api/workspace/${CAMDEN}/partnership-answers/${partnership.id}`,
      body,
      reviewer,
    );
    expect(byReviewer.status).toBe(403);
    // Hackney's editor cannot confirm their own report through their own workspace.
    const ownReport = await send(
      "POST",
      `/api/workspace/${HACKNEY}/partnership-answers/${partnership.id}`,
      body,
      hackney,
    );
    expect(ownReport.status).toBe(404);
    expect((await incoming(reviewer)).some((p) => p.id === partnership.id)).toBe(true);
  });

  it("shows no answer for a partnership with an organisation that is not an authority", async () => {
    const hackneyProfile = await profile(HACKNEY);
    const withOrganisation = hackneyProfile.partnerships.find((p) => p.partner.type !== "other_council");
    expect(withOrganisation?.confirmation.state).toBe("not_needed");
  });
});
