import { describe, expect, it } from "vitest";
import { clientLimitKey, parseAddressRange, resolveClientAddress, trustedProxies } from "./client-address.ts";

describe("the client address", () => {
  it("is the peer's, whatever X-Forwarded-For says, when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.5", "198.51.100.1", null)).toBe("203.0.113.5");
    expect(resolveClientAddress("203.0.113.5", "198.51.100.1", trustedProxies(["10.0.0.0/8"]))).toBe(
      "203.0.113.5",
    );
  });

  it("is the nearest untrusted address in X-Forwarded-For when the peer is a trusted proxy", () => {
    const trusted = trustedProxies(["10.0.0.0/8", "2001:db8:ffff::1"]);
    // The client made up 1.1.1.1; the first proxy appended the address it saw.
    expect(resolveClientAddress("10.0.0.2", "1.1.1.1, 198.51.100.7, 10.0.0.9", trusted)).toBe("198.51.100.7");
    expect(resolveClientAddress("::ffff:10.0.0.2", "198.51.100.7:5678", trusted)).toBe("198.51.100.7");
    expect(resolveClientAddress("2001:db8:ffff::1", "[2001:db8:1:2::9]:443", trusted)).toBe(
      "2001:db8:1:2::9",
    );
    // Nothing believable to the left of a malformed entry.
    expect(resolveClientAddress("10.0.0.2", "198.51.100.7, not-an-address", trusted)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", undefined, trusted)).toBe("10.0.0.2");
  });

  it("is unknown without a connection", () => {
    expect(resolveClientAddress(undefined, "198.51.100.1", null)).toBeNull();
  });

  it("is limited as IPv4, an IPv6 client's /64, or 'unknown'", () => {
    expect(clientLimitKey("203.0.113.5")).toBe("203.0.113.5");
    expect(clientLimitKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientLimitKey("2001:0db8:0001:0002::ffff")).toBe("2001:db8:1:2::/64");
    expect(clientLimitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(clientLimitKey(null)).toBe("unknown");
  });

  it("reads trusted proxies as addresses or ranges, and refuses anything else", () => {
    expect(parseAddressRange("10.0.0.0/8")).toEqual({ address: "10.0.0.0", prefix: 8 });
    expect(parseAddressRange("2001:db8::1")).toEqual({ address: "2001:db8::1", prefix: null });
    for (const wrong of ["10.0.0.0/33", "proxy.example", "10.0.0.1/8/8", "10.0.0.1/x", ""]) {
      expect(parseAddressRange(wrong)).toBeNull();
    }
  });
});
