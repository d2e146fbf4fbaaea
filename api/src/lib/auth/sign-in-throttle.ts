import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { signInFailures } from "../../db/schema.ts";

/*
 * Sign-in throttling (QUALITY R6, R12; docs/decisions/008-sessions-and-sign-in.md). Every attempt
 * reserves a row in `sign_in_failures` *before* its password is checked, in one short transaction
 * that holds an advisory lock on the account's key: counting and reserving are one step, so no
 * number of concurrent requests, in any number of processes sharing the database, gets more than
 * the budget of password checks. A right password takes its reservation back; a wrong one leaves
 * it as the failure it was. The state is in the database only, never in memory.
 */

export const SIGN_IN_WINDOW_MS = 5 * 60 * 1000;
export const MAX_FAILED_SIGN_INS = 10;
/** Failures older than this no longer matter and are deleted. */
const KEEP_FAILURES_MS = 24 * 60 * 60 * 1000;

export type SignInReservation = { ok: true; id: number } | { ok: false; retryAfterSeconds: number };

/**
 * A 64-bit advisory lock key for a throttle key. Computed here rather than with a database hash
 * function so it is the same on PGlite and PostgreSQL; the prefix keeps it apart from other
 * advisory locks (the migration lock).
 */
function advisoryLockKey(key: string): string {
  return createHash("sha256").update(`ldd:sign-in-throttle:${key}`).digest().readBigInt64BE(0).toString();
}

const windowStart = sql`now() - ${SIGN_IN_WINDOW_MS / 1000} * interval '1 second'`;

/**
 * Reserves one password check for `email`, or says how long to wait. Times are the database's
 * (`now()`), so every process counts with the same clock.
 */
export async function reserveSignInAttempt(db: Database, email: string): Promise<SignInReservation> {
  return db.transaction(async (tx) => {
    // Held until commit: a concurrent attempt for the same email waits here, then counts this
    // transaction's reservation. On single-connection PGlite transactions are serialised anyway.
    await tx.execute(sql`select pg_advisory_xact_lock(${advisoryLockKey(email)}::bigint)`);
    const [recent] = await tx
      .select({
        count: sql<number>`count(*)::int`,
        // Seconds until the oldest failure in the window stops counting.
        wait: sql<number | null>`ceil(extract(epoch from min(${signInFailures.at}) - ${windowStart}))::int`,
      })
      .from(signInFailures)
      .where(and(eq(signInFailures.email, email), sql`${signInFailures.at} > ${windowStart}`));
    if ((recent?.count ?? 0) >= MAX_FAILED_SIGN_INS) {
      const wait = recent?.wait ?? SIGN_IN_WINDOW_MS / 1000;
      return { ok: false, retryAfterSeconds: Math.min(Math.max(wait, 1), SIGN_IN_WINDOW_MS / 1000) };
    }
    const [reserved] = await tx
      .insert(signInFailures)
      .values({ email, at: sql`now()` })
      .returning({ id: signInFailures.id });
    if (!reserved) throw new Error("insert returned no row");
    return { ok: true, id: reserved.id };
  });
}

/** The password was right (or was never checked): the attempt does not count. */
export async function releaseSignInAttempt(db: Database, id: number): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.id, id));
}

/** Keeps the table small; called after a failure, outside the locked reservation. */
export async function forgetOldSignInFailures(db: Database): Promise<void> {
  await db
    .delete(signInFailures)
    .where(lt(signInFailures.at, sql`now() - ${KEEP_FAILURES_MS / 1000} * interval '1 second'`));
}
