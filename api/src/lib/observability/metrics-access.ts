import { createHash, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import {
  type AddressRanges,
  addressRanges,
  clientAddressOf,
  inRanges,
  isTrustedPeer,
  peerAddressOf,
  type TrustedProxies,
} from "../client-address.ts";

/*
 * Who may read GET /metrics (docs/decisions/015-logs-request-ids-and-metrics.md): a client at an
 * address of METRICS_ALLOW (loopback by default), or anyone sending METRICS_TOKEN as a bearer
 * token. Never the public: the figures tell an attacker how busy and how large the service is.
 */

export interface MetricsAccess {
  allow: AddressRanges;
  /** The SHA-256 of METRICS_TOKEN, compared in constant time; null when none is set. */
  tokenDigest: Buffer | null;
}

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

export function metricsAccess(allow: readonly string[], token: string | null): MetricsAccess {
  return { allow: addressRanges(allow), tokenDigest: token ? digest(token) : null };
}

/** The bearer token sent, if any ("Authorization: Bearer <token>"). */
function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}

/**
 * The address to judge the request by. A request that names a forwarding proxy came through one:
 * unless that proxy is trusted (and so names the client), the client is unknown, never the
 * proxy's own address, which may well be loopback.
 */
function judgedAddress(c: Context, trusted: TrustedProxies | null): string | null {
  const forwarded = c.req.header("X-Forwarded-For") !== undefined || c.req.header("Forwarded") !== undefined;
  if (!forwarded) return peerAddressOf(c) ?? null;
  if (!isTrustedPeer(peerAddressOf(c), trusted) || c.req.header("X-Forwarded-For") === undefined) return null;
  return clientAddressOf(c, trusted);
}

export function mayReadMetrics(c: Context, access: MetricsAccess, trusted: TrustedProxies | null): boolean {
  const address = judgedAddress(c, trusted);
  if (address !== null && inRanges(address, access.allow)) return true;
  const token = bearerToken(c.req.header("Authorization"));
  if (access.tokenDigest === null || token === null) return false;
  return timingSafeEqual(digest(token), access.tokenDigest);
}
