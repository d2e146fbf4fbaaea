/*
 * Checks on links that both the contract (zod) and the web app's first-load code use, kept free of
 * zod so the web app can import them without pulling the schema library into its first load.
 */

/**
 * Whether a link names a user or password before its host (`https://www.gov.uk@evil.example/`):
 * its text then starts with a host the reader trusts while it leads somewhere else.
 */
export function hasCredentials(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(link.trim());
}
