import { createHash } from "node:crypto";
import { type Workspace, WorkspaceSchema } from "@ldd/shared/workspace";
import { afterAll, beforeAll } from "vitest";
import { DEMO_ACCOUNTS } from "../seed/demo-accounts.ts";
import { jsonRequest, signIn } from "./sign-in.ts";
import { createSeededApp } from "./test-database.ts";

/*
 * What the authorization matrix test (api/src/authorization-matrix.test.ts) is built from: the
 * actors and their sessions, the expected outcomes, helpers that make drafts and submissions to
 * decide on, and the runner that calls every row as every actor. The bindings are live.
 */

export const OWN = "E09000012";
export const OTHER = "E09000007";
export type Scope = "own" | "other";
export type Actor = "signedOut" | "editor" | "reviewer" | "admin";

export const ALLOW = "allow";
export type Outcome = typeof ALLOW | 401 | 403 | 404;
export interface Expected {
  signedOut: Outcome;
  editor: [own: Outcome, other: Outcome];
  reviewer: [own: Outcome, other: Outcome];
  admin: [own: Outcome, other: Outcome];
}

export const everyone: Expected = {
  signedOut: ALLOW,
  editor: [ALLOW, ALLOW],
  reviewer: [ALLOW, ALLOW],
  admin: [ALLOW, ALLOW],
};
export const signedIn: Expected = {
  signedOut: 401,
  editor: [ALLOW, ALLOW],
  reviewer: [ALLOW, ALLOW],
  admin: [ALLOW, ALLOW],
};
export const adminsOnly: Expected = {
  signedOut: 401,
  editor: [403, 403],
  reviewer: [403, 403],
  admin: [ALLOW, ALLOW],
};
export const reviewersOnly: Expected = {
  signedOut: 401,
  editor: [403, 403],
  reviewer: [ALLOW, ALLOW],
  admin: [403, 403],
};
/** LOTI: reviewers and administrators. */
export const lotiOnly: Expected = {
  signedOut: 401,
  editor: [403, 403],
  reviewer: [ALLOW, ALLOW],
  admin: [ALLOW, ALLOW],
};
/** Reading an authority's workspace: its own editors, and LOTI (reviewers, administrators). */
export const authorityReaders: Expected = {
  signedOut: 401,
  editor: [ALLOW, 403],
  reviewer: [ALLOW, ALLOW],
  admin: [ALLOW, ALLOW],
};
/** Changing an authority's records: its own editors only. */
export const authorityEditors: Expected = {
  signedOut: 401,
  editor: [ALLOW, 403],
  reviewer: [403, 403],
  admin: [403, 403],
};

/** No account opens it: GET /metrics is for the operator's scraper (METRICS_ALLOW, METRICS_TOKEN). */
export const noAccount: Expected = {
  signedOut: 403,
  editor: [403, 403],
  reviewer: [403, 403],
  admin: [403, 403],
};

export let seeded: Awaited<ReturnType<typeof createSeededApp>>;
export const cookies: Record<Actor | "camdenEditor", string | undefined> = {
  signedOut: undefined,
  editor: undefined,
  reviewer: undefined,
  admin: undefined,
  camdenEditor: undefined,
};

export function demoAccount(email: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
}
export async function signInEveryone() {
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
export const issuedTokens = new Set<string>();
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");

/** Call at the top of the test file: a seeded app, and everyone signed in. */
export function setUpAuthorizationTests(): void {
  beforeAll(async () => {
    seeded = await createSeededApp();
    await signInEveryone();
  });
  afterAll(() => seeded.database.close());
}

export const gssOf = (scope: Scope) => (scope === "own" ? OWN : OTHER);
export const editorCookieOf = (gss: string) => (gss === OWN ? cookies.editor : cookies.camdenEditor);

export async function workspace(gss: string): Promise<Workspace> {
  const response = await seeded.app.request(`/api/workspace/${gss}`, {
    headers: { Cookie: cookies.reviewer ?? "" },
  });
  return WorkspaceSchema.parse(await response.json());
}
export async function firstCommitment(gss: string) {
  const commitment = (await workspace(gss)).commitments[0];
  if (!commitment) throw new Error(`${gss} should have commitments`);
  return commitment;
}
/** A draft status update by the authority's own editor: something to submit. */
export async function makeDraft(gss: string) {
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
        evidenceUrls: [],
        expectedVersion: commitment.version,
      },
      editorCookieOf(gss),
    ),
  );
  if (response.status !== 201) throw new Error(`could not make a draft: ${response.status}`);
}
/** A new draft status update of the authority's first commitment, by its change id. */
export async function makeDraftChangeId(gss: string): Promise<string> {
  await makeDraft(gss);
  const commitment = await firstCommitment(gss);
  const draftUpdate = commitment.statusHistory.findLast((update) => update.state === "draft");
  if (!draftUpdate) throw new Error("the draft just made is not in the workspace");
  return draftUpdate.id;
}
export async function makeSubmission(gss: string) {
  await makeDraft(gss);
  const response = await seeded.app.request(
    `/api/workspace/${gss}/submit`,
    jsonRequest("POST", {}, editorCookieOf(gss)),
  );
  if (response.status !== 200) throw new Error(`could not submit: ${response.status}`);
}
let accountCounter = 0;
/** A new, unused email address for an account a row creates. */
export const newAccountEmail = (prefix: string) => `${prefix}-${++accountCounter}@example.org`;

export interface Row {
  expected: Expected;
  /** The request for this scope: path, and body for mutations. Runs just before each call. */
  request: (scope: Scope) => Promise<{ path: string; body?: unknown }>;
  /** Signing in or out changes the caller's own session: sign everyone in again afterwards. */
  touchesSessions?: boolean;
}

export const get = (path: string) => async () => ({ path });

export function registeredRoutes(): string[] {
  const keys = new Set<string>();
  for (const route of seeded.app.routes) {
    if (route.method === "ALL" || route.path.includes("*")) continue;
    keys.add(`${route.method} ${route.path}`);
  }
  return [...keys].sort();
}

export interface Call {
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
export async function callEveryRoute(matrix: Record<string, Row>): Promise<Call[]> {
  const calls: Call[] = [];
  for (const [key, row] of Object.entries(matrix)) {
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
/**
 * Every row as every actor, called once per file however many tests read the calls: kept per
 * seeded app, since files share this module when a worker runs several (isolate: false).
 */
const everyCall = new WeakMap<object, Promise<Call[]>>();
export const callsOnce = (matrix: Record<string, Row>) => {
  let calls = everyCall.get(seeded.app);
  if (!calls) {
    calls = callEveryRoute(matrix);
    everyCall.set(seeded.app, calls);
  }
  return calls;
};
