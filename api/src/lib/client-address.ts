import { BlockList, isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/*
 * Who is asking, for limits kept per client (docs/quality.md, R12). The address is the TCP peer's, from
 * @hono/node-server. `X-Forwarded-For` is anyone's to write, so it is believed only when the peer
 * is one of the proxies named in TRUSTED_PROXIES (env.ts), and then only as far back as the chain
 * of trusted proxies reaches.
 */

/** "192.0.2.1", "10.0.0.0/8", "2001:db8::/32": an address or a range, or null if neither. */
export function parseAddressRange(entry: string): { address: string; prefix: number | null } | null {
  const [address = "", prefixText, ...rest] = entry.trim().split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return null;
  if (prefixText === undefined) return { address, prefix: null };
  const prefix = Number(prefixText);
  const max = family === 4 ? 32 : 128;
  if (!/^\d+$/.test(prefixText) || prefix > max) return null;
  return { address, prefix };
}

/** Addresses and ranges: the trusted proxies (TRUSTED_PROXIES), who may read metrics (METRICS_ALLOW). */
export type AddressRanges = BlockList;
export type TrustedProxies = AddressRanges;

export function addressRanges(entries: readonly string[]): AddressRanges {
  const list = new BlockList();
  for (const entry of entries) {
    const range = parseAddressRange(entry);
    if (!range) throw new Error(`Not an IP address or range: ${entry}`);
    const type = isIP(range.address) === 4 ? "ipv4" : "ipv6";
    if (range.prefix === null) list.addAddress(range.address, type);
    else list.addSubnet(range.address, range.prefix, type);
  }
  return list;
}

export const trustedProxies = addressRanges;

/** "::ffff:192.0.2.1" is 192.0.2.1; a zone ("%eth0") is not part of the address. */
function normalise(address: string): string {
  const bare = address.split("%")[0] ?? address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return mapped?.[1] ?? bare.toLowerCase();
}

/** An X-Forwarded-For entry: a bare address, or one with a port ("192.0.2.1:443", "[2001:db8::1]:443"). */
function forwardedAddress(hop: string): string | null {
  const trimmed = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(trimmed);
  const candidate = bracketed?.[1] ?? withPort?.[1] ?? trimmed;
  return isIP(candidate) === 0 ? null : normalise(candidate);
}

const isTrusted = (address: string, trusted: TrustedProxies) =>
  trusted.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");

/** Whether `address` (as the connection or X-Forwarded-For gives it) is in `ranges`. */
export function inRanges(address: string, ranges: AddressRanges): boolean {
  const normalised = normalise(address);
  return isIP(normalised) !== 0 && isTrusted(normalised, ranges);
}

/**
 * The client's address: the peer's, or, when the peer is a trusted proxy, the nearest address in
 * X-Forwarded-For that is not itself a trusted proxy (each proxy appends the address it saw, so
 * entries to the left of that one may be made up by the client). Null without a connection.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: TrustedProxies | null,
): string | null {
  if (!peer || isIP(normalise(peer)) === 0) return null;
  let client = normalise(peer);
  if (!trusted || !forwardedFor || !isTrusted(client, trusted)) return client;
  const hops = forwardedFor.split(",").reverse();
  for (const hop of hops) {
    const address = forwardedAddress(hop);
    // A malformed entry means the chain can be believed no further.
    if (address === null) return client;
    client = address;
    if (!isTrusted(address, trusted)) return address;
  }
  return client;
}

/** Whether the connecting address (the TCP peer) is one of the trusted proxies. */
export function isTrustedPeer(peer: string | undefined, trusted: TrustedProxies | null): boolean {
  return peer !== undefined && trusted !== null && inRanges(peer, trusted);
}

/** The first four groups of an IPv6 address, written out: "2001:db8:0:12". */
function ipv6Prefix64(address: string): string {
  const [head = "", tail] = address.split("::");
  const groupsOf = (part: string) =>
    part === "" ? [] : part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group]));
  const first = groupsOf(head);
  const last = tail === undefined ? [] : groupsOf(tail);
  const groups =
    tail === undefined
      ? first
      : [...first, ...Array<string>(8 - first.length - last.length).fill("0"), ...last];
  return groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":");
}

/**
 * The key a per-client limit counts under. An IPv6 client usually holds a whole /64 and can
 * change address within it at will, so it is counted by its /64; "unknown" when there is no
 * connection to ask (in-process requests), so the limit still holds there.
 */
export function clientLimitKey(address: string | null): string {
  if (address === null) return "unknown";
  return isIP(address) === 6 ? `${ipv6Prefix64(address)}::/64` : address;
}

/** The connecting address (the TCP peer), or undefined when the request came in without a connection. */
export function peerAddressOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // Not served by @hono/node-server (e.g. app.request in tests): no connection to ask.
    return undefined;
  }
}

/** The client's address for this request, or null when it came in without a connection. */
export function clientAddressOf(c: Context, trusted: TrustedProxies | null): string | null {
  return resolveClientAddress(peerAddressOf(c), c.req.header("X-Forwarded-For"), trusted);
}
