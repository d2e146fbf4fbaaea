import type { AppOpenAPI } from "../../lib/types.ts";
import { type OpenApiDocumentLike, REFERENCE_CSS, renderReference } from "./render-reference.ts";

const DOCUMENT_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Local Digital Declaration adoption dashboard API",
    version: "1.0.0",
    description:
      "Published records of London authorities' Local Digital Declaration signatures, commitments and " +
      "partnerships, monthly series of adoption, what changed between dates, and every public read as of a " +
      "past date. Public reads are open data (Open Government Licence v3.0) and answer CORS requests from any " +
      "site; self-reporting, review and accounts need a signed-in account. " +
      "Errors share one shape: { error: { status, code, message, issues?, requestId? } }; requestId is also " +
      "sent as X-Request-Id on every response.",
    license: {
      name: "Open Government Licence v3.0",
      url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    },
    contact: { name: "London Office of Technology and Innovation (LOTI)", url: "https://loti.london" },
  },
} as const;

/** Adds /api/openapi.json and the readable /api/docs reference, built once from the routes. */
export function registerDocs(app: AppOpenAPI): void {
  let json: string | undefined;
  let html: string | undefined;
  const documentJson = () => {
    json ??= JSON.stringify(app.getOpenAPI31Document(DOCUMENT_INFO));
    return json;
  };
  app.get("/api/openapi.json", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    c.header("Content-Type", "application/json; charset=utf-8");
    return c.body(documentJson());
  });
  app.get("/api/docs", (c) => {
    html ??= renderReference(JSON.parse(documentJson()) as OpenApiDocumentLike);
    c.header("Cache-Control", "public, max-age=300");
    return c.html(html);
  });
  app.get("/api/docs.css", (c) => {
    c.header("Cache-Control", "public, max-age=300");
    c.header("Content-Type", "text/css; charset=utf-8");
    return c.body(REFERENCE_CSS);
  });
}
