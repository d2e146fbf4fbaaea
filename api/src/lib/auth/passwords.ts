import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";
import { createConcurrencyLimit, runOrBusy } from "../concurrency-limit.ts";

/**
 * scrypt from node:crypto (docs/quality.md, R6). Stored as `scrypt$N$r$p$salt$hash` (base64url), so the
 * cost can be raised later and old hashes still verify.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
// N × r × 128 bytes = 32 MiB, just over Node's default limit.
const MAX_MEMORY = 64 * 1024 * 1024;

/*
 * scrypt runs on libuv's thread pool (4 threads), which file reads, DNS lookups and zlib share:
 * unbounded, a flood of sign-ins queued every one of those behind seconds of hashing (docs/quality.md, R12).
 * At most 2 hashes run at once, leaving the other threads free; at most 32 more wait, ~16 rounds
 * of ~0.1-0.2 s, a wait of 2-3 s at worst (R10: nothing hangs over 5 s). Beyond that the answer is
 * 503 "busy" at once, with Retry-After, rather than an ever-longer queue.
 */
const MAX_CONCURRENT_HASHES = 2;
const MAX_WAITING_HASHES = 32;
/** What a refused sign-in hears; the queues drain within a few seconds. */
export const SIGN_IN_BUSY = {
  message: "Too many sign-ins are being checked just now. Try again in a few seconds.",
  retryAfterSeconds: 5,
};
const hashing = createConcurrencyLimit({
  concurrency: MAX_CONCURRENT_HASHES,
  maxWaiting: MAX_WAITING_HASHES,
});

function scryptKey(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, KEY_LENGTH, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return runOrBusy(hashing, () => scryptKey(password, salt, options), SIGN_IN_BUSY);
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await derive(password, Buffer.from(salt, "base64url"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Verified when the email is unknown, so both answers take the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString("hex")).catch((error: unknown) => {
    // Refused as busy, say: make it again next time rather than keep the failure.
    decoy = undefined;
    throw error;
  });
  return decoy;
}
