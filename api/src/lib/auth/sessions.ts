import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { accounts, organisations, sessions } from "../../db/schema.ts";

export const SESSION_COOKIE = "ldd_session";
/** Signed out after this long without a request… */
export const IDLE_TIMEOUT_MS = 60 * 60 * 1000;
/** …and after this long whatever happens. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Last-seen is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export interface SessionAccount {
  id: string;
  email: string;
  displayName: string;
  role: "editor" | "reviewer" | "admin";
  authorityId: string | null;
  authorityGss: string | null;
  authorityName: string | null;
  disabled: boolean;
  createdAt: string;
}

export const accountColumns = {
  id: accounts.id,
  email: accounts.email,
  displayName: accounts.displayName,
  role: accounts.role,
  authorityId: accounts.authorityId,
  authorityGss: organisations.gss,
  authorityName: organisations.name,
  disabledAt: accounts.disabledAt,
  createdAt: accounts.createdAt,
};

export function toSessionAccount(row: {
  id: string;
  email: string;
  displayName: string;
  role: "editor" | "reviewer" | "admin";
  authorityId: string | null;
  authorityGss: string | null;
  authorityName: string | null;
  disabledAt: string | null;
  createdAt: string;
}): SessionAccount {
  // Field by field, never spread: a row may carry columns that must not leave the server
  // (the sign-in lookup selects the password hash alongside these).
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    authorityId: row.authorityId,
    authorityGss: row.authorityGss,
    authorityName: row.authorityName,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt,
  };
}

/** A new session: an opaque 256-bit token for the cookie; only its hash is stored. */
export async function createSession(db: Database, accountId: string, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS).toISOString();
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    accountId,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt,
  });
  return { token, expiresAt };
}

/** The signed-in account for a cookie token, or null if it is unknown, revoked, idle or expired. */
export async function findSession(db: Database, token: string, now = new Date()) {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, account: accountColumns })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(organisations, eq(organisations.id, accounts.authorityId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now.toISOString()),
      ),
    );
  if (!row || row.account.disabledAt !== null) return null;
  const lastSeen = new Date(row.session.lastSeenAt).getTime();
  if (now.getTime() - lastSeen > IDLE_TIMEOUT_MS) return null;
  if (now.getTime() - lastSeen > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    account: toSessionAccount(row.account),
    expiresAt: new Date(row.session.expiresAt).toISOString(),
    tokenHash,
  };
}

export async function revokeSession(db: Database, token: string, now = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(eq(sessions.tokenHash, hashToken(token)));
}

export async function revokeSessionsOf(db: Database, accountId: string, now = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt)));
}
