import type { AppOpenAPI } from "../../lib/types.ts";
import { type OpenApiDocumentLike, REFERENCE_CSS, renderReference } from "./render-reference.ts";

const DOCUMENT_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Local Digital Declaration adoption dashboard API",
    version: "1.0.0",
    description:
      "Published records of London authorities' Local Digital Declaration signatures, commitments and " +
      "partnerships, and monthly series of adoption. Read-only and open: Open Government Licence v3.0. " +
      "Errors share one shape: { error: { status, code, message, issues? } }.",
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
