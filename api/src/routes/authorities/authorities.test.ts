import { AuthorityListSchema, AuthorityProfileSchema } from "@ldd/shared/authorities";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { AUTHORITIES } from "@ldd/shared/reference-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededApp } from "../../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

describe("GET /api/authorities", () => {
  it("lists the 33 authorities with their GSS codes, as the contract describes", async () => {
    const response = await seeded.app.request("/api/authorities");
    expect(response.status).toBe(200);
    const body = AuthorityListSchema.parse(await response.json());
    expect(body.authorities).toHaveLength(33);
    expect(new Set(body.authorities.map((a) => a.gss))).toEqual(new Set(AUTHORITIES.map((a) => a.gss)));
    const greenwich = body.authorities.find((a) => a.gss === "E09000011");
    expect(greenwich).toMatchObject({ name: "Greenwich", innerOuter1963: "inner", innerOuterOns: "outer" });
  });

  it("offers the same list as CSV with a header row", async () => {
    const response = await seeded.app.request("/api/authorities.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toBe(
      "gss_code,name,inner_outer_1963,inner_outer_ons,signed_on,loti_member,founding_member,commitments,done,in_progress,not_yet_reported,overdue,status_claims_self_declared,status_claims_evidenced,status_claims_verified,active_partnerships,last_updated_at",
    );
    expect(lines).toHaveLength(34);
  });
});

describe("GET /api/authorities/{gss}", () => {
  it("returns one authority's profile with its commitments' status histories", async () => {
    const response = await seeded.app.request("/api/authorities/E09000012");
    expect(response.status).toBe(200);
    const profile = AuthorityProfileSchema.parse(await response.json());
    expect(profile.authority.name).toBe("Hackney");
    expect(profile.membership[0]).toEqual({
      kind: "founding",
      effectiveDate: "2019-06-10",
      reason: "A founding member, as LOTI’s public sources confirm",
    });
    expect(profile.commitments.length).toBeGreaterThan(0);
    for (const commitment of profile.commitments) {
      expect(commitment.authorityGss).toBe("E09000012");
      const latest = commitment.statusHistory.at(-1);
      expect(commitment.status).toBe(latest?.status ?? "not_yet_reported");
    }
  });

  it("answers 404 with the standard error body for a code no authority has", async () => {
    const response = await seeded.app.request("/api/authorities/E09000099");
    expect(response.status).toBe(404);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain("E09000099");
  });

  it("answers 400 naming the field when the code is not a GSS code", async () => {
    const response = await seeded.app.request("/api/authorities/hackney");
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.issues?.[0]?.path).toBe("param.gss");
  });
});
