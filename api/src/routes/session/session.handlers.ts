import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { findAccountByEmail, toAccountResponse } from "../../domain/accounts.ts";
import { writeAudit } from "../../lib/audit.ts";
import { auditedWrite } from "../../lib/audited-write.ts";
import { decoyHash, verifyPassword } from "../../lib/auth/passwords.ts";
import {
  ABSOLUTE_TIMEOUT_MS,
  createSession,
  revokeSession,
  SESSION_COOKIE,
} from "../../lib/auth/sessions.ts";
import {
  forgetOldSignInFailures,
  releaseSignInAttempt,
  reportSignInThrottled,
  reserveSignInAttempt,
} from "../../lib/auth/sign-in-throttle.ts";
import { clientAddressOf, clientLimitKey } from "../../lib/client-address.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import { DEMO_ACCOUNTS } from "../../seed/demo-accounts.ts";
import type { getSession, listDemoAccounts, signIn, signOut } from "./session.routes.ts";

const WRONG_CREDENTIALS = "The email address or password is not right.";

function setSessionCookie(c: Context<AppBindings>, token: string) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: c.var.production,
    path: "/",
    maxAge: Math.floor(ABSOLUTE_TIMEOUT_MS / 1000),
  });
}

export const signInHandler: AppRouteHandler<typeof signIn> = async (c) => {
  const { email, password } = c.req.valid("json");
  const handle = c.var.database;
  // Counted and reserved in one step before the (slow) password check, per account and per
  // client, so concurrent attempts cannot all slip under the limits (docs/quality.md, R6, R12).
  const address = clientLimitKey(clientAddressOf(c, c.var.trustedProxies));
  // Too many checks at once (the reservations' queue or the hashing's): "busy", in the log too.
  const reportBusy = (error: unknown) => {
    if (error instanceof ApiError && error.code === "busy") {
      reportSignInThrottled(c, {
        reason: "busy",
        retryAfterSeconds: error.retryAfterSeconds ?? 0,
        client: address,
      });
    }
  };
  const reservation = await reserveSignInAttempt(handle.db, { email, address }).catch((error: unknown) => {
    reportBusy(error);
    throw error;
  });
  if (!reservation.ok) {
    const { limit: reason, retryAfterSeconds } = reservation;
    reportSignInThrottled(c, { reason, retryAfterSeconds, client: address });
    throw new ApiError(
      429,
      "too_many_attempts",
      "Too many failed attempts. Wait 5 minutes, then try again.",
      { retryAfterSeconds: reservation.retryAfterSeconds },
    );
  }
  let found: Awaited<ReturnType<typeof findAccountByEmail>>;
  let valid: boolean;
  try {
    found = await findAccountByEmail(handle.db, email);
    // Unknown accounts are checked against a decoy hash so both answers take as long.
    valid = await verifyPassword(password, found?.passwordHash ?? (await decoyHash()));
  } catch (error) {
    // No password was checked: the attempt must not count against the account.
    await releaseSignInAttempt(handle.db, reservation.id).catch(() => undefined);
    reportBusy(error);
    throw error;
  }
  if (!found || !valid || found.account.disabled) {
    // The reservation stays: it is this failure. One statement each, no transaction (so not
    // auditedWrite): a flood of failures should cost the database (on PGlite, the main thread) as
    // little as possible, and the entry records a refusal, not a change.
    await writeAudit(handle.db, {
      actor: null,
      action: "sign_in_failed",
      recordType: "session",
      recordId: email,
    });
    await forgetOldSignInFailures(handle.db);
    throw new ApiError(401, "invalid_credentials", WRONG_CREDENTIALS);
  }
  const account = found.account;
  const previous = c.var.session?.token;
  const session = await auditedWrite(handle, { changesPublicData: false }, async (tx) => {
    await releaseSignInAttempt(tx, reservation.id);
    // A new session id at every sign-in (no fixation); the old one is revoked.
    if (previous) await revokeSession(tx, previous);
    return {
      result: await createSession(tx, account.id),
      audit: {
        actor: account,
        authorityId: account.authorityId,
        action: "sign_in",
        recordType: "session",
        recordId: account.id,
      },
    };
  });
  setSessionCookie(c, session.token);
  // The request's log line names who signed in.
  c.set("account", account);
  return c.json({ account: toAccountResponse(account), expiresAt: session.expiresAt }, 200);
};

export const getSessionHandler: AppRouteHandler<typeof getSession> = (c) => {
  const { account, session } = c.var;
  if (!account || !session) return c.json({ account: null, expiresAt: null }, 200);
  return c.json({ account: toAccountResponse(account), expiresAt: session.expiresAt }, 200);
};

export const signOutHandler: AppRouteHandler<typeof signOut> = async (c) => {
  const account = c.var.account;
  const token = c.var.session?.token;
  if (account && token) {
    await auditedWrite(c.var.database, { changesPublicData: false }, async (tx) => ({
      result: await revokeSession(tx, token),
      audit: {
        actor: account,
        authorityId: account.authorityId,
        action: "sign_out",
        recordType: "session",
        recordId: account.id,
      },
    }));
  }
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: c.var.production, httpOnly: true, sameSite: "Lax" });
  return c.body(null, 204);
};

export const listDemoAccountsHandler: AppRouteHandler<typeof listDemoAccounts> = async (c) => {
  const { current: model } = await c.var.snapshot.getData();
  return c.json(
    {
      // Production refuses to start with demo data; this is a second lock on the same door.
      accounts:
        model.demoData && !c.var.production
          ? DEMO_ACCOUNTS.map(({ email, password, role, authorityName }) => ({
              email,
              password,
              role,
              authorityName,
            }))
          : [],
    },
    200,
  );
};
