/*
 * The headers every response carries (docs/quality.md, R8), written once as plain objects.
 */

/**
 * Chart-only pages made to be embedded in other sites (a council's report, a news article): the
 * only addresses another origin may put in a frame. Everything else refuses framing (clickjacking).
 */
const EMBEDDABLE_PREFIX = "/embed/";
export const isEmbeddablePath = (path: string) => path.startsWith(EMBEDDABLE_PREFIX);

export interface SecurityHeaders {
  /** For every response but the embeddable pages. */
  standard: Readonly<Record<string, string>>;
  /**
   * For an embeddable page: any site may frame it (no `frame-ancestors`, no `X-Frame-Options`),
   * and the document may be loaded across origins. The rest of the policy holds.
   */
  embeddable: Readonly<Record<string, string>>;
}

function contentSecurityPolicy(inlineStyleSource: string | null, framing: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The one stylesheet inlined in server-rendered pages, by its hash; no other inline style.
    inlineStyleSource ? `style-src 'self' ${inlineStyleSource}` : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(framing ? [] : ["frame-ancestors 'none'"]),
  ].join("; ");
}

export function computeSecurityHeaders({
  production,
  inlineStyleSource = null,
}: {
  /** Production turns on HSTS. */
  production: boolean;
  /** A CSP source (`'sha256-…'`) for the stylesheet inlined in server-rendered pages. */
  inlineStyleSource?: string | null;
}): SecurityHeaders {
  const common = {
    "cross-origin-opener-policy": "same-origin",
    "origin-agent-cluster": "?1",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-content-type-options": "nosniff",
    "x-permitted-cross-domain-policies": "none",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    ...(production ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
  return {
    standard: Object.freeze({
      ...common,
      "content-security-policy": contentSecurityPolicy(inlineStyleSource, false),
      "cross-origin-resource-policy": "same-origin",
      "x-frame-options": "DENY",
    }),
    embeddable: Object.freeze({
      ...common,
      "content-security-policy": contentSecurityPolicy(inlineStyleSource, true),
      "cross-origin-resource-policy": "cross-origin",
    }),
  };
}
