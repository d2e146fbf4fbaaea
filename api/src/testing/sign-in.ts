import type { App } from "../app.ts";

export const SAME_ORIGIN = "http://localhost";

/** Signs in through the API as a browser would and returns the Cookie header to send next. */
export async function signIn(app: App, email: string, password: string): Promise<string> {
  const response = await app.request("/api/session", {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: SAME_ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

/** A JSON request from our own origin, signed in with `cookie` when given. */
export function jsonRequest(method: string, body: unknown, cookie?: string): RequestInit {
  return {
    method,
    headers: {
      "Content-Type": "application/json",
      Origin: SAME_ORIGIN,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

/**
 * The env @hono/node-server hands the app, as for a request from `address`: pass it as the third
 * argument of `app.request` to test limits kept per client.
 */
export function fromAddress(address: string) {
  return { incoming: { socket: { remoteAddress: address } } };
}
