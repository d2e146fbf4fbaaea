import { ErrorBodySchema } from "@ldd/shared/errors";
import { WorkspacePartnershipSchema } from "@ldd/shared/workspace";
import { describe, expect, it } from "vitest";
import { signInNewEditor } from "../../testing/editors.ts";
import { submittedChangeIds } from "../../testing/review.ts";
import {
  addCommitment,
  CAMDEN,
  camden,
  HACKNEY,
  hackney,
  readWorkspace,
  reviewer,
  seeded,
  send,
  setUpWorkspaceTests,
} from "../../testing/workspace-context.ts";

setUpWorkspaceTests();

describe("partnerships", () => {
  it("are recorded with a new partner organisation and ended by setting the end date", async () => {
    const added = await addCommitment(hackney, "Partnered");
    const input = {
      partner: { kind: "new", name: "Hackney Civic Tech Collective", type: "non_profit" },
      startDate: "2026-02-01",
      endDate: null,
      purpose: "Run resident research together",
      commitmentIds: [added.id],
      expectedVersion: 0,
    };
    const created = await send("POST", `/api/workspace/${HACKNEY}/partnerships`, input, hackney);
    expect(created.status).toBe(201);
    const partnership = WorkspacePartnershipSchema.parse(await created.json());
    expect(partnership).toMatchObject({
      version: 1,
      state: "draft",
      partner: { name: "Hackney Civic Tech Collective", type: "non_profit" },
      commitmentIds: [added.id],
    });
    const workspace = await readWorkspace(hackney);
    expect(workspace.partnerOrganisations.map((org) => org.id)).toContain(partnership.partner.id);

    const ended = await send(
      "PUT",
      `/api/workspace/${HACKNEY}/partnerships/${partnership.id}`,
      {
        ...input,
        partner: { kind: "organisation", organisationId: partnership.partner.id },
        endDate: "2026-10-31",
        expectedVersion: 1,
      },
      hackney,
    );
    expect(ended.status).toBe(200);
    expect(WorkspacePartnershipSchema.parse(await ended.json())).toMatchObject({
      version: 2,
      endDate: "2026-10-31",
      partner: { id: partnership.partner.id },
    });
  });

  it("keep a proposed partner organisation from other authorities until a partnership naming it is published", async () => {
    const LAMBETH = "E09000022";
    const lambeth = await signInNewEditor(seeded, LAMBETH, "proposer");
    const created = await send(
      "POST",
      `/api/workspace/${LAMBETH}/partnerships`,
      {
        partner: { kind: "new", name: "DRAFTLEAK Ltd", type: "govtech_supplier" },
        startDate: "2026-02-01",
        endDate: null,
        purpose: "A partnership not yet published",
        commitmentIds: [],
        expectedVersion: 0,
      },
      lambeth,
    );
    expect(created.status).toBe(201);
    const names = async (cookie: string, gss: string) =>
      (await readWorkspace(cookie, gss)).partnerOrganisations.map((org) => org.name);
    expect(await names(lambeth, LAMBETH)).toContain("DRAFTLEAK Ltd");
    expect(await names(camden, CAMDEN)).not.toContain("DRAFTLEAK Ltd");

    expect((await send("POST", `/api/workspace/${LAMBETH}/submit`, {}, lambeth)).status).toBe(200);
    const changeIds = () => submittedChangeIds(seeded.app, reviewer, LAMBETH);
    const returned = await send(
      "POST",
      `/api/review/${LAMBETH}/return`,
      { comment: "Not yet", changeIds: await changeIds() },
      reviewer,
    );
    expect(returned.status).toBe(200);
    expect(await names(camden, CAMDEN)).not.toContain("DRAFTLEAK Ltd");

    // A returned change goes back to review once corrected: a new version that replaces it.
    const proposal = WorkspacePartnershipSchema.parse(await created.json());
    const corrected = await send(
      "PUT",
      `/api/workspace/${LAMBETH}/partnerships/${proposal.id}`,
      {
        partner: { kind: "organisation", organisationId: proposal.partner.id },
        startDate: "2026-02-01",
        endDate: null,
        purpose: "A partnership, corrected",
        commitmentIds: [],
        expectedVersion: proposal.version,
      },
      lambeth,
    );
    expect(corrected.status).toBe(200);
    expect((await send("POST", `/api/workspace/${LAMBETH}/submit`, {}, lambeth)).status).toBe(200);
    const published = await send(
      "POST",
      `/api/review/${LAMBETH}/publish`,
      { changeIds: await changeIds() },
      reviewer,
    );
    expect(published.status).toBe(200);
    expect(await names(camden, CAMDEN)).toContain("DRAFTLEAK Ltd");
  });

  it("can name another authority, but not the authority itself or another authority's commitment", async () => {
    const theirs = await addCommitment(camden, "Not Hackney's", CAMDEN);
    const input = {
      partner: { kind: "authority", gss: CAMDEN },
      startDate: "2026-02-01",
      endDate: null,
      purpose: "Share a booking system",
      commitmentIds: [],
      expectedVersion: 0,
    };
    const created = await send("POST", `/api/workspace/${HACKNEY}/partnerships`, input, hackney);
    expect(created.status).toBe(201);
    expect(WorkspacePartnershipSchema.parse(await created.json()).partner).toMatchObject({
      name: "Camden",
      type: "other_council",
      canonicalId: CAMDEN,
    });
    const self = await send(
      "POST",
      `/api/workspace/${HACKNEY}/partnerships`,
      { ...input, partner: { kind: "authority", gss: HACKNEY } },
      hackney,
    );
    expect(self.status).toBe(400);
    const foreign = await send(
      "POST",
      `/api/workspace/${HACKNEY}/partnerships`,
      { ...input, commitmentIds: [theirs.id] },
      hackney,
    );
    expect(foreign.status).toBe(400);
    expect(ErrorBodySchema.parse(await foreign.json()).error.issues?.[0]?.path).toBe("json.commitmentIds.0");
  });
});
