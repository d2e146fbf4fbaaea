import { describe, expect, it } from "vitest";
import { trustedProxies } from "../client-address.ts";
import { acceptRequestId, requestIdOf } from "./request-id.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const proxies = trustedProxies(["10.0.0.0/8", "2001:db8::1"]);

describe("a request's id", () => {
  it("keeps the id a trusted proxy sent", () => {
    expect(acceptRequestId("lb-7f3a.42:1", "10.1.2.3", proxies)).toBe("lb-7f3a.42:1");
    expect(acceptRequestId("abc", "::ffff:10.1.2.3", proxies)).toBe("abc");
    expect(acceptRequestId("abc", "2001:db8::1", proxies)).toBe("abc");
  });

  it("replaces the id anyone else sent, and any id with no trusted proxy", () => {
    expect(acceptRequestId("abc", "203.0.113.5", proxies)).toMatch(UUID);
    expect(acceptRequestId("abc", undefined, proxies)).toMatch(UUID);
    expect(acceptRequestId("abc", "10.1.2.3", null)).toMatch(UUID);
  });

  it("replaces an id that is too long or could be misread, even from a trusted proxy", () => {
    for (const sent of ["", "x".repeat(129), "a b", "a\nlevel=fatal", "ä", "a,b", '"quoted"']) {
      expect(acceptRequestId(sent, "10.1.2.3", proxies)).toMatch(UUID);
    }
    expect(acceptRequestId("x".repeat(128), "10.1.2.3", proxies)).toBe("x".repeat(128));
  });

  it("is new for every request", () => {
    const ids = new Set(Array.from({ length: 100 }, () => acceptRequestId(undefined, undefined, null)));
    expect(ids.size).toBe(100);
  });

  it("reads the header from Node's request when the server hands it over, or else from the Request", () => {
    const request = new Request("http://localhost/", { headers: { "X-Request-Id": "from-request" } });
    const fromNode = {
      incoming: { headers: { "x-request-id": "from-node" }, socket: { remoteAddress: "10.0.0.9" } },
    };
    expect(requestIdOf(request, fromNode, proxies)).toBe("from-node");
    const inProcess = { incoming: { socket: { remoteAddress: "10.0.0.9" } } };
    expect(requestIdOf(request, inProcess, proxies)).toBe("from-request");
    // A header sent twice is not one id.
    const twice = {
      incoming: { headers: { "x-request-id": ["a", "b"] }, socket: { remoteAddress: "10.0.0.9" } },
    };
    expect(requestIdOf(request, twice, proxies)).toMatch(UUID);
  });
});
