import { createHash } from "node:crypto";
import { and, eq, lt, or, type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Database } from "../../db/client.ts";
import { signInFailures } from "../../db/schema.ts";
import { createConcurrencyLimit, runOrBusy } from "../concurrency-limit.ts";
import { nextTurn } from "../next-turn.ts";
import type { SignInThrottleReason } from "../observability/metrics.ts";
import type { AppBindings } from "../types.ts";
import { SIGN_IN_BUSY } from "./passwords.ts";

/*
 * Sign-in throttling (docs/quality.md, R6, R12; docs/decisions/008-sessions-and-sign-in.md). Every attempt
 * reserves a row in `sign_in_failures` *before* its password is checked, in one short transaction
 * that holds advisory locks on the account's and the client's keys: counting and reserving are one
 * step, so no number of concurrent requests, in any number of processes sharing the database, gets
 * more than the budget of password checks. A right password takes its reservation back; a wrong
 * one leaves it as the failure it was. The state is in the database only, never in memory.
 */

export const SIGN_IN_WINDOW_MS = 5 * 60 * 1000;
/** Per account (docs/quality.md, R6). */
export const MAX_FAILED_SIGN_INS = 10;
/**
 * Per client address (docs/quality.md, R12): the per-account limit alone lets one client try a password on
 * every email it can think of, each costing a password check (~0.1 s of a CPU core). 30 in 5
 * minutes is three accounts' worth, room for a council office behind one NAT address where a few
 * people mistype, yet it holds one client to 0.1 check a second, a few seconds of hashing in five
 * minutes, however many emails it names.
 */
export const MAX_FAILED_SIGN_INS_PER_ADDRESS = 30;
/** Failures older than this no longer matter and are deleted. */
const KEEP_FAILURES_MS = 24 * 60 * 60 * 1000;

/*
 * Concurrent attempts from one client all queue for the same lock, each holding a pooled
 * connection (PostgreSQL) or a place in the single connection's queue (PGlite) while they wait, so
 * a flood from one client would leave /healthz and every other query waiting behind it. At most 2
 * reservations run at once in a process, and each starts on a new turn of the event loop: on PGlite,
 * where every statement runs on the main thread, other requests are answered in between. A
 * reservation takes a few milliseconds, so 100 waiting is well under a second; beyond that, 503.
 */
const reserving = createConcurrencyLimit({ concurrency: 2, maxWaiting: 100 });

/** Which limit refused: the account's failures, or the client's. */
export type SignInLimit = "account" | "client";
export type SignInReservation =
  | { ok: true; id: number }
  | { ok: false; retryAfterSeconds: number; limit: SignInLimit };

/**
 * A sign-in refused before its password was checked (a limit, or too many checks at once), in the
 * log and in GET /metrics: how often, why, and from where (the client's address, as counted).
 */
export function reportSignInThrottled(
  c: Context<AppBindings>,
  refusal: { reason: SignInThrottleReason; retryAfterSeconds: number; client: string },
): void {
  c.var.metrics.signInThrottled(refusal.reason);
  c.var.log.warn(refusal, "sign-in refused before checking the password");
}

/**
 * A 64-bit advisory lock key for a throttle key. Computed here rather than with a database hash
 * function so it is the same on PGlite and PostgreSQL; the prefix keeps it apart from other
 * advisory locks (the migration lock).
 */
function advisoryLockKey(key: string): string {
  return createHash("sha256").update(`ldd:sign-in-throttle:${key}`).digest().readBigInt64BE(0).toString();
}

const WINDOW_SECONDS = SIGN_IN_WINDOW_MS / 1000;
const windowStart = sql`now() - ${WINDOW_SECONDS} * interval '1 second'`;

/**
 * Reserves one password check for `email` from the client counted under `address` (see
 * clientLimitKey), or says how long to wait. Times are the database's (`now()`), so every process
 * counts with the same clock.
 */
export async function reserveSignInAttempt(
  db: Database,
  attempt: { email: string; address: string },
): Promise<SignInReservation> {
  const { email, address } = attempt;
  return runOrBusy(reserving, () => reserve(db, email, address), SIGN_IN_BUSY);
}

/** Recent failures for the email and for the client, and the wait if either is at its limit. */
async function refusal(db: Database, email: string, address: string): Promise<SignInReservation | null> {
  const byEmail = sql`${signInFailures.email} = ${email}`;
  const byAddress = sql`${signInFailures.address} = ${address}`;
  // Seconds until the oldest counted failure leaves the window.
  const waitFor = (filter: SQL) =>
    sql<
      number | null
    >`ceil(extract(epoch from min(${signInFailures.at}) filter (where ${filter}) - ${windowStart}))::int`;
  const [recent] = await db
    .select({
      emailCount: sql<number>`(count(*) filter (where ${byEmail}))::int`,
      emailWait: waitFor(byEmail),
      addressCount: sql<number>`(count(*) filter (where ${byAddress}))::int`,
      addressWait: waitFor(byAddress),
    })
    .from(signInFailures)
    .where(
      and(
        or(eq(signInFailures.email, email), eq(signInFailures.address, address)),
        sql`${signInFailures.at} > ${windowStart}`,
      ),
    );
  const waits: number[] = [];
  const accountLimited = (recent?.emailCount ?? 0) >= MAX_FAILED_SIGN_INS;
  if (accountLimited) waits.push(recent?.emailWait ?? WINDOW_SECONDS);
  if ((recent?.addressCount ?? 0) >= MAX_FAILED_SIGN_INS_PER_ADDRESS) {
    waits.push(recent?.addressWait ?? WINDOW_SECONDS);
  }
  if (waits.length === 0) return null;
  return {
    ok: false,
    retryAfterSeconds: Math.min(Math.max(...waits, 1), WINDOW_SECONDS),
    limit: accountLimited ? "account" : "client",
  };
}

async function reserve(db: Database, email: string, address: string): Promise<SignInReservation> {
  await nextTurn();
  // Once a limit is reached, every further attempt is refused by this one unlocked read: a flood
  // past its limit costs one statement per request. (Counts only fall as time passes, so a
  // refusal read without the lock is still right.)
  const early = await refusal(db, email, address);
  if (early) return early;
  await nextTurn();
  return db.transaction(async (tx) => {
    // Held until commit: a concurrent attempt for the same email or from the same client waits
    // here, then counts this transaction's reservation. Taken in one order everywhere (left to
    // right, sorted), so two attempts never wait for each other. PGlite serialises transactions.
    const [first, second] = [advisoryLockKey(`email:${email}`), advisoryLockKey(`address:${address}`)].sort();
    await tx.execute(
      sql`select pg_advisory_xact_lock(${first}::bigint), pg_advisory_xact_lock(${second}::bigint)`,
    );
    // A turn of the event loop between statements: on PGlite each one holds the main thread.
    await nextTurn();
    const refused = await refusal(tx as unknown as Database, email, address);
    if (refused) return refused;
    await nextTurn();
    const [reserved] = await tx
      .insert(signInFailures)
      .values({ email, address, at: sql`now()` })
      .returning({ id: signInFailures.id });
    if (!reserved) throw new Error("insert returned no row");
    return { ok: true, id: reserved.id };
  });
}

/** The password was right (or was never checked): the attempt does not count. */
export async function releaseSignInAttempt(db: Database, id: number): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.id, id));
}

const FORGET_INTERVAL_MS = 60 * 1000;
let nextForgetAt = 0;

/**
 * Keeps the table small; called after a failure, outside the locked reservation, and does its
 * work at most once a minute in a process rather than once per failure.
 */
export async function forgetOldSignInFailures(db: Database): Promise<void> {
  const now = Date.now();
  if (now < nextForgetAt) return;
  nextForgetAt = now + FORGET_INTERVAL_MS;
  await db
    .delete(signInFailures)
    .where(lt(signInFailures.at, sql`now() - ${KEEP_FAILURES_MS / 1000} * interval '1 second'`));
}
