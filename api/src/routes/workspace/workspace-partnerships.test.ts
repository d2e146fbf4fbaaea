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

describe("partner organisations, one shared list", () => {
  const propose = (partner: Record<string, unknown>, cookie = hackney, gss = HACKNEY) =>
    send(
      "POST",
      `/api/workspace/${gss}/partnerships`,
      {
        partner: { kind: "new", type: "govtech_supplier", ...partner },
        startDate: "2026-02-01",
        endDate: null,
        purpose: "Proposing a partner",
        commitmentIds: [],
        expectedVersion: 0,
      },
      cookie,
    );
  const issuesOf = async (response: Response) => ErrorBodySchema.parse(await response.json()).error.issues;

  it("takes an identifier in its register's form, checking its format", async () => {
    const created = await propose({
      name: "Padded Numbers Ltd",
      canonicalIdScheme: "companies_house",
      canonicalId: " 1234567 ",
    });
    expect(created.status).toBe(201);
    expect(WorkspacePartnershipSchema.parse(await created.json()).partner).toMatchObject({
      canonicalIdScheme: "companies_house",
      canonicalId: "01234567",
    });
    const cases = [
      ["ukprn", "2000000", "Enter a UKPRN of 8 digits starting with 1, like 10007784"],
      [
        "charity_number",
        "12",
        "Enter a charity number of 6 or 7 digits, or SC or NIC then 6 digits, like 1123456 or SC012345",
      ],
      ["gss", "E0600002", "Enter a GSS code of a letter then 8 digits, like E06000023"],
    ] as const;
    for (const [scheme, id, message] of cases) {
      const refused = await propose({
        name: `Checked ${scheme}`,
        canonicalIdScheme: scheme,
        canonicalId: id,
      });
      expect(refused.status).toBe(400);
      expect(await issuesOf(refused)).toContainEqual({ path: "json.partner.canonicalId", message });
    }
  });

  it("refuses a partner already on the list by its normalised name or its identifier, naming the entry to choose", async () => {
    const sameName = await propose({ name: "the example civic tech limited" });
    expect(sameName.status).toBe(400);
    expect(await issuesOf(sameName)).toContainEqual({
      path: "json.partner.name",
      message: "Example Civic Tech Ltd is already on the list: choose it from the list instead",
    });
    expect(
      (await propose({ name: "Registered Once Ltd", canonicalIdScheme: "ukprn", canonicalId: "10099999" }))
        .status,
    ).toBe(201);
    const sameIdentifier = await propose({
      name: "Registered Twice",
      canonicalIdScheme: "ukprn",
      canonicalId: "10099999",
    });
    expect(sameIdentifier.status).toBe(400);
    expect(await issuesOf(sameIdentifier)).toContainEqual({
      path: "json.partner.canonicalId",
      message:
        "Registered Once Ltd is already on the list with this identifier: choose it from the list instead",
    });
    const anAuthority = await propose({ name: "camden" });
    expect(anAuthority.status).toBe(400);
    expect(await issuesOf(anAuthority)).toContainEqual({
      path: "json.partner.name",
      message: "Camden is one of the authorities: choose it from the list instead",
    });
  });

  it("reuses, without naming it, a partner another authority proposed that this one cannot see yet", async () => {
    const byCamden = await propose({ name: "Quiet Proposal Ltd" }, camden, CAMDEN);
    expect(byCamden.status).toBe(201);
    const camdenPartner = WorkspacePartnershipSchema.parse(await byCamden.json()).partner;
    const byHackney = await propose({ name: "Quiet Proposal Limited" });
    expect(byHackney.status).toBe(201);
    expect(WorkspacePartnershipSchema.parse(await byHackney.json()).partner.id).toBe(camdenPartner.id);
  });
});
