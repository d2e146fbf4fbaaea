import { describe, expect, it } from "vitest";
import { MEMBERSHIP_AND_PARTNER_ANSWER_ROWS } from "./testing/authorization-rows.ts";
import { submittedChangeIds } from "./testing/review.ts";
import { jsonRequest } from "./testing/sign-in.ts";

/*
 * docs/quality.md R3: every registered route × every role × {own authority, another authority} and
 * signed out, against an explicit expected outcome. A route without a row fails the test, so a
 * new route cannot ship without deciding who may call it. "Own" is Hackney, the demo editor's
 * authority; "other" is Camden. Reviewers and administrators have no authority of their own:
 * for them both columns name the authority in the path.
 */

import {
  ALLOW,
  adminsOnly,
  authorityEditors,
  authorityReaders,
  callsOnce,
  cookies,
  everyone,
  firstCommitment,
  get,
  gssOf,
  issuedTokens,
  lotiOnly,
  makeDraft,
  makeDraftChangeId,
  makeSubmission,
  newAccountEmail,
  noAccount,
  type Row,
  registeredRoutes,
  reviewersOnly,
  seeded,
  setUpAuthorizationTests,
  tokenHash,
  workspace,
} from "./testing/authorization-context.ts";

setUpAuthorizationTests();

const MATRIX: Record<string, Row> = {
  "GET /healthz": { expected: everyone, request: get("/healthz") },
  "GET /livez": { expected: everyone, request: get("/livez") },
  // In-process requests have no address to allow (api/src/metrics.test.ts).
  "GET /metrics": { expected: noAccount, request: get("/metrics") },
  "GET /api/summary": { expected: everyone, request: get("/api/summary?since=2020-01-01") },
  "GET /api/meta": { expected: everyone, request: get("/api/meta") },
  "GET /api/series/:name": { expected: everyone, request: get("/api/series/adoption.csv") },
  "GET /api/authorities": { expected: everyone, request: get("/api/authorities") },
  "GET /api/authorities.csv": { expected: everyone, request: get("/api/authorities.csv") },
  "GET /api/authorities/:gss": {
    expected: everyone,
    request: async (scope) => ({ path: `/api/authorities/${gssOf(scope)}` }),
  },
  "GET /api/commitments": { expected: everyone, request: get("/api/commitments?status=done") },
  "GET /api/commitments.csv": { expected: everyone, request: get("/api/commitments.csv") },
  "GET /api/partnerships": { expected: everyone, request: get("/api/partnerships?active=true") },
  "GET /api/partnerships.csv": { expected: everyone, request: get("/api/partnerships.csv") },
  "GET /api/matrix": { expected: everyone, request: get("/api/matrix?asOf=2024-03-31") },
  "GET /api/matrix.csv": { expected: everyone, request: get("/api/matrix.csv") },
  "GET /api/partners": { expected: everyone, request: get("/api/partners?minAuthorities=2") },
  "GET /api/partners.csv": { expected: everyone, request: get("/api/partners.csv") },
  "GET /api/changes": { expected: everyone, request: get("/api/changes?from=2026-01-01&to=2026-11-28") },
  "GET /api/changes.csv": {
    expected: everyone,
    request: get("/api/changes.csv?from=2026-01-01&to=2026-11-28"),
  },
  "GET /api/activity": { expected: everyone, request: get("/api/activity?kind=status&limit=5") },
  "GET /api/activity.csv": { expected: everyone, request: get("/api/activity.csv?from=2026-11-01") },
  "GET /api/leadership/attention": { expected: lotiOnly, request: get("/api/leadership/attention") },
  "GET /api/leadership/attention.csv": {
    expected: lotiOnly,
    request: get("/api/leadership/attention.csv?list=returned"),
  },
  "GET /api/leadership/activity": { expected: lotiOnly, request: get("/api/leadership/activity?limit=5") },
  "GET /api/leadership/activity.csv": {
    expected: lotiOnly,
    request: get("/api/leadership/activity.csv?from=2026-11-01"),
  },
  "GET /feeds/changes.atom": { expected: everyone, request: get("/feeds/changes.atom?kind=status") },
  "GET /feeds/changes.json": { expected: everyone, request: get("/feeds/changes.json") },
  "GET /data/latest/datapackage.json": { expected: everyone, request: get("/data/latest/datapackage.json") },
  "GET /data/latest/ldd-data.zip": { expected: everyone, request: get("/data/latest/ldd-data.zip") },
  "GET /data/latest/:file": { expected: everyone, request: get("/data/latest/commitments.csv") },
  "GET /data/:date/datapackage.json": {
    expected: everyone,
    request: get("/data/2024-03-31/datapackage.json"),
  },
  "GET /data/:date/ldd-data.zip": { expected: everyone, request: get("/data/2024-03-31/ldd-data.zip") },
  "GET /data/:date/:file": { expected: everyone, request: get("/data/2024-03-31/status_history.csv") },
  "GET /api/openapi.json": { expected: everyone, request: get("/api/openapi.json") },
  "GET /api/docs": { expected: everyone, request: get("/api/docs") },
  "GET /api/docs.css": { expected: everyone, request: get("/api/docs.css") },
  "GET /api/demo-accounts": { expected: everyone, request: get("/api/demo-accounts") },

  "POST /api/session": {
    expected: everyone,
    touchesSessions: true,
    request: async () => ({
      path: "/api/session",
      body: { email: "admin@example.org", password: "demo-administrator" },
    }),
  },
  "GET /api/session": { expected: everyone, request: get("/api/session") },
  "DELETE /api/session": { expected: everyone, touchesSessions: true, request: get("/api/session") },

  "GET /api/accounts": { expected: adminsOnly, request: get("/api/accounts") },
  "POST /api/accounts": {
    expected: adminsOnly,
    request: async () => ({
      path: "/api/accounts",
      body: {
        email: newAccountEmail("matrix"),
        displayName: "Matrix",
        role: "reviewer",
        password: "a-long-enough-password",
      },
    }),
  },
  "PATCH /api/accounts/:id": {
    expected: adminsOnly,
    request: async () => {
      const created = await seeded.app.request(
        "/api/accounts",
        jsonRequest(
          "POST",
          {
            email: newAccountEmail("target"),
            displayName: "Target",
            role: "reviewer",
            password: "a-long-enough-password",
          },
          cookies.admin,
        ),
      );
      const { id } = (await created.json()) as { id: string };
      return { path: `/api/accounts/${id}`, body: { disabled: true } };
    },
  },

  "GET /api/workspace/:gss": {
    expected: authorityReaders,
    request: async (scope) => ({ path: `/api/workspace/${gssOf(scope)}` }),
  },
  "GET /api/workspace/:gss/commitments.csv": {
    expected: authorityReaders,
    request: async (scope) => ({ path: `/api/workspace/${gssOf(scope)}/commitments.csv` }),
  },
  "GET /api/workspace/:gss/preview": {
    expected: authorityReaders,
    request: async (scope) => ({ path: `/api/workspace/${gssOf(scope)}/preview` }),
  },
  "POST /api/workspace/:gss/changes/:changeId/withdraw": {
    expected: authorityEditors,
    request: async (scope) => {
      const gss = gssOf(scope);
      return { path: `/api/workspace/${gss}/changes/${await makeDraftChangeId(gss)}/withdraw`, body: {} };
    },
  },
  "GET /api/workspace/:gss/history/:recordType/:id": {
    expected: authorityReaders,
    request: async (scope) => {
      const gss = gssOf(scope);
      return { path: `/api/workspace/${gss}/history/commitment/${(await firstCommitment(gss)).id}` };
    },
  },
  "PUT /api/workspace/:gss/signature": {
    expected: authorityEditors,
    request: async (scope) => {
      const gss = gssOf(scope);
      const signature = (await workspace(gss)).signature;
      return {
        path: `/api/workspace/${gss}/signature`,
        body: {
          signedOn: "2018-10-15",
          approverName: "Matrix Approver",
          approverRole: "Chief Executive",
          commitmentUrl: "https://example.org/commitment",
          expectedVersion: signature?.version ?? 0,
        },
      };
    },
  },
  "POST /api/workspace/:gss/commitments/import": {
    expected: authorityEditors,
    request: async (scope) => {
      const gss = gssOf(scope);
      const csv = await (
        await seeded.app.request(`/api/workspace/${gss}/commitments.csv`, {
          headers: { Cookie: cookies.reviewer ?? "" },
        })
      ).text();
      return { path: `/api/workspace/${gss}/commitments/import`, body: { csv } };
    },
  },
  "POST /api/workspace/:gss/commitments": {
    expected: authorityEditors,
    request: async (scope) => ({
      path: `/api/workspace/${gssOf(scope)}/commitments`,
      body: {
        title: "Matrix commitment",
        partners: "",
        mission: "Deliver it.",
        impact: "Residents benefit.",
        principles: [1],
        lotiArea: null,
        committedOn: "2024-01-01",
        targetDate: "2025-01-01",
      },
    }),
  },
  "PUT /api/workspace/:gss/commitments/:id": {
    expected: authorityEditors,
    request: async (scope) => {
      const gss = gssOf(scope);
      const c = await firstCommitment(gss);
      return {
        path: `/api/workspace/${gss}/commitments/${c.id}`,
        body: {
          title: `${c.title} (edited)`,
          partners: c.partners,
          mission: c.mission,
          impact: c.impact,
          principles: c.principles,
          lotiArea: c.lotiArea,
          committedOn: c.committedOn,
          expectedVersion: c.version,
        },
      };
    },
  },
  "POST /api/workspace/:gss/commitments/:id/status-updates": {
    expected: authorityEditors,
    request: async (scope) => {
      const gss = gssOf(scope);
      const c = await firstCommitment(gss);
      return {
        path: `/api/workspace/${gss}/commitments/${c.id}/status-updates`,
        body: {
          status: "planned",
          phase: null,
          effectiveDate: "2026-10-01",
          note: "",
          evidenceUrls: [],
          expectedVersion: c.version,
        },
      };
    },
  },
  "POST /api/workspace/:gss/commitments/:id/target-dates": {
    expected: authorityEditors,
    request: async (scope) => {
      const gss = gssOf(scope);
      const c = await firstCommitment(gss);
      return {
        path: `/api/workspace/${gss}/commitments/${c.id}/target-dates`,
        body: { targetDate: "2027-03-31", reason: "Matrix", expectedVersion: c.version },
      };
    },
  },
  "POST /api/workspace/:gss/partnerships": {
    expected: authorityEditors,
    request: async (scope) => ({
      path: `/api/workspace/${gssOf(scope)}/partnerships`,
      body: {
        partner: { kind: "new", name: "Matrix University", type: "university" },
        startDate: "2024-01-01",
        endDate: null,
        purpose: "Research",
        commitmentIds: [],
        expectedVersion: 0,
      },
    }),
  },
  "PUT /api/workspace/:gss/partnerships/:id": {
    expected: authorityEditors,
    request: async (scope) => {
      const gss = gssOf(scope);
      const p = (await workspace(gss)).partnerships.find(
        (partnership) => partnership.partner.type !== "other_council",
      );
      if (!p) throw new Error(`${gss} should have a partnership`);
      return {
        path: `/api/workspace/${gss}/partnerships/${p.id}`,
        body: {
          partner: { kind: "organisation", organisationId: p.partner.id },
          startDate: p.startDate,
          endDate: p.endDate,
          purpose: `${p.purpose} (edited)`,
          commitmentIds: p.commitmentIds,
          expectedVersion: p.version,
        },
      };
    },
  },
  "POST /api/workspace/:gss/submit": {
    expected: authorityEditors,
    request: async (scope) => {
      await makeDraft(gssOf(scope));
      return { path: `/api/workspace/${gssOf(scope)}/submit`, body: {} };
    },
  },
  "GET /api/review": { expected: reviewersOnly, request: get("/api/review") },
  ...MEMBERSHIP_AND_PARTNER_ANSWER_ROWS,

  "POST /api/review/:gss/publish": {
    expected: reviewersOnly,
    request: async (scope) => {
      await makeSubmission(gssOf(scope));
      const changeIds = await submittedChangeIds(seeded.app, cookies.reviewer ?? "", gssOf(scope));
      return { path: `/api/review/${gssOf(scope)}/publish`, body: { changeIds } };
    },
  },
  "POST /api/review/:gss/return": {
    expected: reviewersOnly,
    request: async (scope) => {
      await makeSubmission(gssOf(scope));
      const changeIds = await submittedChangeIds(seeded.app, cookies.reviewer ?? "", gssOf(scope));
      return {
        path: `/api/review/${gssOf(scope)}/return`,
        body: { comment: "Please add evidence.", changeIds },
      };
    },
  },
};

describe("the authorization matrix (docs/quality.md R3)", () => {
  it("has a row for every registered route, and no row for a route that does not exist", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(registeredRoutes());
  });

  it("gives every role, for its own authority and another, and the signed-out public, the expected outcome", async () => {
    const calls = await callsOnce(MATRIX);
    const surprises = calls
      .filter(({ expected, status }) =>
        expected === ALLOW ? status < 200 || status >= 300 : status !== expected,
      )
      .map(
        (call) =>
          `${call.key} as ${call.actor} (${call.scope}): expected ${call.expected}, got ${call.status} ${call.body.slice(0, 160)}`,
      );
    expect(surprises).toEqual([]);
    expect(calls).toHaveLength(Object.keys(MATRIX).length * 7);
  }, 120_000);

  it("never sends a password hash, a session token or a token hash in any response body", async () => {
    const calls = await callsOnce(MATRIX);
    const tokens = [...issuedTokens];
    const secrets = [...tokens, ...tokens.map(tokenHash)];
    expect(secrets.length).toBeGreaterThan(4);
    const leaks = calls.flatMap((call) => {
      const found = [
        ...(/scrypt\$|passwordHash|password_hash|tokenHash|token_hash/i.test(call.body)
          ? ["a password or token hash"]
          : []),
        ...(secrets.some((secret) => call.body.includes(secret)) ? ["a session token or its hash"] : []),
      ];
      return found.map((what) => `${call.key} as ${call.actor} (${call.scope}) sent ${what}`);
    });
    expect(leaks).toEqual([]);
  }, 120_000);
});
