/**
 * A plain, accessible HTML reference generated from the OpenAPI document, so the reference
 * can never drift from the routes. (Hosted reference UIs load scripts from CDNs, which our
 * Content-Security-Policy forbids and offline installs cannot reach.)
 */
interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: unknown[]; pattern?: string; example?: unknown };
}
interface OpenApiOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: OpenApiParameter[];
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
}
export interface OpenApiDocumentLike {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, OpenApiOperation>>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function describeSchema(schema: OpenApiParameter["schema"]): string {
  if (!schema) return "";
  if (schema.enum)
    return `one of ${schema.enum.map((v) => `<code>${escapeHtml(String(v))}</code>`).join(", ")}`;
  if (schema.pattern)
    return `${escapeHtml(schema.type ?? "string")} matching <code>${escapeHtml(schema.pattern)}</code>`;
  return escapeHtml(schema.type ?? "");
}

export function renderReference(document: OpenApiDocumentLike): string {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  const sections = operations
    .map(({ path, method, operation }, index) => {
      const id = `op-${index}`;
      const parameters = operation.parameters ?? [];
      const parameterTable =
        parameters.length === 0
          ? "<p>No parameters.</p>"
          : `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Values</th></tr></thead><tbody>${parameters
              .map(
                (p) =>
                  `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? "yes" : "no"}</td><td>${describeSchema(p.schema)}${p.description ? ` – ${escapeHtml(p.description)}` : ""}</td></tr>`,
              )
              .join("")}</tbody></table>`;
      const responses = Object.entries(operation.responses ?? {})
        .map(
          ([status, response]) =>
            `<li><strong>${escapeHtml(status)}</strong>: ${escapeHtml(response.description ?? "")}${
              response.content ? ` (${Object.keys(response.content).map(escapeHtml).join(", ")})` : ""
            }</li>`,
        )
        .join("");
      return `<section aria-labelledby="${id}"><h3 id="${id}"><code>${method} ${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary ?? "")}</p>${operation.description ? `<p>${escapeHtml(operation.description)}</p>` : ""}
${parameterTable}<h4>Responses</h4><ul>${responses}</ul></section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference – ${escapeHtml(document.info.title)}</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><a class="skip" href="#main">Skip to main content</a>
<header><p><a href="/">Local Digital Declaration dashboard</a></p></header>
<main id="main"><h1>API reference</h1>
<p>${escapeHtml(document.info.description ?? "")}</p>
<p>Version ${escapeHtml(document.info.version)}. The machine-readable OpenAPI 3.1 document is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<h2>Endpoints</h2>
${sections}
</main></body></html>`;
}

export const REFERENCE_CSS = `body{font-family:arial,sans-serif;margin:0;color:#0b0c0c;line-height:1.4}
header{background:#0b0c0c;color:#fff;padding:10px 20px}header a{color:#fff;font-weight:bold}
main{max-width:960px;margin:0 auto;padding:20px}a{color:#1d70b8}a:focus,.skip:focus{outline:3px solid #ffdd00;background:#ffdd00;color:#0b0c0c}
.skip{position:absolute;left:-9999px}.skip:focus{position:static}
table{border-collapse:collapse;width:100%;margin-bottom:1em}th,td{border-bottom:1px solid #b1b4b6;text-align:left;padding:6px;vertical-align:top}
caption{text-align:left;font-weight:bold;padding:4px 0}code{background:#f3f2f1;padding:0 4px}section{border-top:1px solid #b1b4b6;padding-top:8px}`;
