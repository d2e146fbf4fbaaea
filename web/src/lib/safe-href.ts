import { hasCredentials } from "@ldd/shared/links";

/**
 * Returns the link only when it is http(s) without a user name or password: user-entered links
 * never become `javascript:` hrefs, nor links whose text starts with a host they do not lead to.
 */
export function safeHref(link: string | null | undefined): string | null {
  if (!link || hasCredentials(link)) return null;
  try {
    const url = new URL(link);
    if (url.username || url.password) return null;
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
