import { createHash } from "node:crypto";
import { type Workspace, WorkspaceSchema } from "@ldd/shared/workspace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "./seed/demo-accounts.ts";
import { submittedChangeIds } from "./testing/review.ts";
import { jsonRequest, signIn } from "./testing/sign-in.ts";
import { createSeededApp } from "./testing/test-database.ts";

/*
 * docs/quality.md, R3: every registered route × every role × {own authority, another authority} and
 * signed out, against an explicit expected outcome. A route without a row fails the test, so a
 * new route cannot ship without deciding who may call it. "Own" is Hackney, the demo editor's
 * authority; "other" is Camden. Reviewers and administrators have no authority of their own:
 * for them both columns name the authority in the path.
 */

const OWN = "E09000012";
const OTHER = "E09000007";
type Scope = "own" | "other";
type Actor = "signedOut" | "editor" | "reviewer" | "admin";

const ALLOW = "allow";
type Outcome = typeof ALLOW | 401 | 403 | 404;
interface Expected {
  signedOut: Outcome;
  editor: [own: Outcome, other: Outcome];
  reviewer: [own: Outcome, other: Outcome];
  admin: [own: Outcome, other: Outcome];
}

const everyone: Expected = {
  signedOut: ALLOW,
  editor: [ALLOW, ALLOW],
  reviewer: [ALLOW, ALLOW],
  admin: [ALLOW, ALLOW],
};
const signedIn: Expected = {
  signedOut: 401,
  editor: [ALLOW, ALLOW],
  reviewer: [ALLOW, ALLOW],
  admin: [ALLOW, ALLOW],
};
const adminsOnly: Expected = {
  signedOut: 401,
  editor: [403, 403],
  reviewer: [403, 403],
  admin: [ALLOW, ALLOW],
};
const reviewersOnly: Expected = {
  signedOut: 401,
  editor: [403, 403],
  reviewer: [ALLOW, ALLOW],
  admin: [403, 403],
};
/** Reading an authority's workspace: its own editors, and LOTI (reviewers, administrators). */
const authorityReaders: Expected = {
  signedOut: 401,
  editor: [ALLOW, 403],
  reviewer: [ALLOW, ALLOW],
  admin: [ALLOW, ALLOW],
};
/** Changing an authority's records: its own editors only. */
const authorityEditors: Expected = {
  signedOut: 401,
  editor: [ALLOW, 403],
  reviewer: [403, 403],
  admin: [403, 403],
};

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
const cookies: Record<Actor | "camdenEditor", string | undefined> = {
  signedOut: undefined,
  editor: undefined,
  reviewer: undefined,
  admin: undefined,
  camdenEditor: undefined,
};

function demoAccount(email: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
}
async function signInEveryone() {
  for (const [actor, email] of [
    ["editor", "editor.hackney@example.org"],
    ["camdenEditor", "editor.camden@example.org"],
    ["reviewer", "reviewer@example.org"],
    ["admin", "admin@example.org"],
  ] as const) {
    const cookie = await signIn(seeded.app, email, demoAccount(email).password);
    cookies[actor] = cookie;
    issuedTokens.add(cookie.slice(cookie.indexOf("=") + 1));
  }
}
/** Every session token handed out in this file, to look for in response bodies. */
const issuedTokens = new Set<string>();
const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");

beforeAll(async () => {
  seeded = await createSeededApp();
  await signInEveryone();
});
afterAll(() => seeded.database.close());

const gssOf = (scope: Scope) => (scope === "own" ? OWN : OTHER);
const editorCookieOf = (gss: string) => (gss === OWN ? cookies.editor : cookies.camdenEditor);

async function workspace(gss: string): Promise<Workspace> {
  const response = await seeded.app.request(`/api/workspace/${gss}`, {
    headers: { Cookie: cookies.reviewer ?? "" },
  });
  return WorkspaceSchema.parse(await response.json());
}
async function firstCommitment(gss: string) {
  const commitment = (await workspace(gss)).commitments[0];
  if (!commitment) throw new Error(`${gss} should have commitments`);
  return commitment;
}
/** A draft status update by the authority's own editor: something to submit. */
async function makeDraft(gss: string) {
  const commitment = await firstCommitment(gss);
  const response = await seeded.app.request(
    `/api/workspace/${gss}/commitments/${commitment.id}/status-updates`,
    jsonRequest(
      "POST",
      {
        status: "in_progress",
        phase: null,
        effectiveDate: "2026-11-01",
        note: "",
        evidenceUrl: "",
        expectedVersion: commitment.version,
      },
      editorCookieOf(gss),
    ),
  );
  if (response.status !== 201) throw new Error(`could not make a draft: ${response.status}`);
}
async function makeSubmission(gss: string) {
  await makeDraft(gss);
  const response = await seeded.app.request(
    `/api/workspace/${gss}/submit`,
    jsonRequest("POST", {}, editorCookieOf(gss)),
  );
  if (response.status !== 200) throw new Error(`could not submit: ${response.status}`);
}
let accountCounter = 0;

interface Row {
  expected: Expected;
  /** The request for this scope: path, and body for mutations. Runs just before each call. */
  request: (scope: Scope) => Promise<{ path: string; body?: unknown }>;
  /** Signing in or out changes the caller's own session: sign everyone in again afterwards. */
  touchesSessions?: boolean;
}

const get = (path: string) => async () => ({ path });

const MATRIX: Record<string, Row> = {
  "GET /healthz": { expected: everyone, request: get("/healthz") },
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
  "GET /api/session": { expected: signedIn, request: get("/api/session") },
  "DELETE /api/session": { expected: everyone, touchesSessions: true, request: get("/api/session") },

  "GET /api/accounts": { expected: adminsOnly, request: get("/api/accounts") },
  "POST /api/accounts": {
    expected: adminsOnly,
    request: async () => ({
      path: "/api/accounts",
      body: {
        email: `matrix-${++accountCounter}@example.org`,
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
            email: `target-${++accountCounter}@example.org`,
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
          evidenceUrl: "",
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

function registeredRoutes(): string[] {
  const keys = new Set<string>();
  for (const route of seeded.app.routes) {
    if (route.method === "ALL" || route.path.includes("*")) continue;
    keys.add(`${route.method} ${route.path}`);
  }
  return [...keys].sort();
}

interface Call {
  key: string;
  actor: Actor;
  scope: Scope;
  expected: Outcome;
  status: number;
  body: string;
}

/**
 * Every row as every actor, once per file: both the outcomes and the bodies are checked below.
 * Denials first, so that allowed changes cannot make a later denial pass by accident.
 */
async function callEveryRoute(): Promise<Call[]> {
  const calls: Call[] = [];
  for (const [key, row] of Object.entries(MATRIX)) {
    const [method = "GET"] = key.split(" ");
    const cases: { actor: Actor; scope: Scope; expected: Outcome }[] = [
      { actor: "signedOut", scope: "own", expected: row.expected.signedOut },
      { actor: "editor", scope: "other", expected: row.expected.editor[1] },
      { actor: "reviewer", scope: "own", expected: row.expected.reviewer[0] },
      { actor: "reviewer", scope: "other", expected: row.expected.reviewer[1] },
      { actor: "admin", scope: "own", expected: row.expected.admin[0] },
      { actor: "admin", scope: "other", expected: row.expected.admin[1] },
      { actor: "editor", scope: "own", expected: row.expected.editor[0] },
    ];
    cases.sort((a, b) => Number(a.expected === ALLOW) - Number(b.expected === ALLOW));
    for (const { actor, scope, expected } of cases) {
      const { path, body } = await row.request(scope);
      const init =
        method === "GET"
          ? { headers: cookies[actor] ? { Cookie: cookies[actor] ?? "" } : undefined }
          : expected === ALLOW
            ? jsonRequest(method, body, cookies[actor])
            : // A refusal must come before the body is read or validated (R11): send one that
              // would fail validation, so a 400 here means the body was looked at first.
              { ...jsonRequest(method, undefined, cookies[actor]), body: "{not json" };
      const response = await seeded.app.request(path, init);
      calls.push({ key, actor, scope, expected, status: response.status, body: await response.text() });
      if (row.touchesSessions) await signInEveryone();
    }
  }
  return calls;
}
let everyCall: Promise<Call[]> | undefined;
const callsOnce = () => {
  everyCall ??= callEveryRoute();
  return everyCall;
};

describe("the authorization matrix (docs/quality.md, R3)", () => {
  it("has a row for every registered route, and no row for a route that does not exist", () => {
    expect(Object.keys(MATRIX).sort()).toEqual(registeredRoutes());
  });

  it("gives every role, for its own authority and another, and the signed-out public, the expected outcome", async () => {
    const calls = await callsOnce();
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
    const calls = await callsOnce();
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

  it("answers 404 when an editor names another authority's record under their own authority", async () => {
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
          evidenceUrl: "",
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
    ];
    for (const [method, path, body] of attempts) {
      const init =
        method === "GET"
          ? { headers: { Cookie: cookies.editor ?? "" } }
          : jsonRequest(method, body, cookies.editor);
      expect((await seeded.app.request(path, init)).status, `${method} ${path}`).toBe(404);
    }
    expect((await workspace(OTHER)).commitments[0]?.version).toBe(commitment.version);
  });
});
