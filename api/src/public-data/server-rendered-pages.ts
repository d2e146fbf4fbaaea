import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { matchPage, type PagePattern, SERVER_RENDERED_PAGES } from "@ldd/shared/pages";
import { type RenderedPage, SERVER_STATE_ID, type ServerRenderer } from "@ldd/shared/server-render";
import type { MiddlewareHandler } from "hono";
import { createConcurrencyLimit, QueueFullError } from "../lib/concurrency-limit.ts";
import type { Logger } from "../lib/observability/logger.ts";
import type { AppBindings } from "../lib/types.ts";
import { sendRemembered } from "./public-response.ts";
import type { Rendered } from "./snapshot.ts";

/*
 * Public pages rendered to HTML on the server (docs/decisions/014-server-rendered-public-pages.md):
 * the web app's own server build renders each page from the same snapshot the API serves, and the
 * HTML is kept with the snapshot like any other public response, so a repeated page is answered
 * from memory on the fast path, with an ETag, until published data changes.
 */

const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;
/** Two renders at once (a render is CPU work); a few more may wait, the rest get the plain shell. */
const RENDERS_AT_ONCE = 2;
const RENDERS_WAITING = 16;

export interface PageRenderer {
  /** The CSP source that allows the stylesheet inlined in rendered pages (`'sha256-…'`), if any. */
  readonly inlineStyleSource: string | null;
  /**
   * The page's HTML, or null when it cannot be rendered here (the browser then renders it).
   * `notFound`: the address has nothing; the page says so, with status 404.
   */
  render(url: string, options?: { notFound?: boolean }): Promise<Rendered | null>;
}

const serverRendered: ReadonlySet<PagePattern> = new Set(SERVER_RENDERED_PAGES);
export const isServerRendered = (pattern: PagePattern) => serverRendered.has(pattern);

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** JSON that cannot end its script element or open a comment inside it. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The web app's index.html with a rendered page in it. */
export function composePage(template: string, page: RenderedPage): string {
  const at = template.indexOf(ROOT);
  if (at < 0) throw new Error(`The web app's index.html has no ${ROOT}`);
  const head = template.slice(0, at).replace(TITLE, `<title>${escapeHtml(page.title)}</title>`);
  return (
    `${head}<div id="root">${page.markup}</div>` +
    `<script type="application/json" id="${SERVER_STATE_ID}">${scriptSafeJson(page.state)}</script>` +
    template.slice(at + ROOT.length)
  );
}

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/g;

/**
 * The template with its stylesheets inlined: a rendered page paints as soon as it arrives, without
 * waiting a round trip for its CSS (docs/quality.md, P6). The CSP allows that one style by its hash.
 */
function inlineStylesheets(template: string, webDist: string): { template: string; source: string | null } {
  const links = [...template.matchAll(STYLESHEET_LINK)];
  const css = links.map((link) => readFileSync(join(webDist, link[1] ?? ""), "utf8")).join("\n");
  if (links.length === 0 || css.includes("</style")) return { template, source: null };
  let inlined = template;
  for (const [index, link] of links.entries()) {
    const replacement = index === 0 ? `<style>${css}</style>` : "";
    // A function, so `$` in the CSS is never read as a replacement pattern.
    inlined = inlined.replace(link[0], () => replacement);
  }
  const hash = createHash("sha256").update(css, "utf8").digest("base64");
  return { template: inlined, source: `'sha256-${hash}'` };
}

function isServerRenderer(value: unknown): value is ServerRenderer<Request, Response> {
  return typeof (value as { render?: unknown } | null)?.render === "function";
}

/**
 * The renderer of the built web app in `webDist`, whose server build is beside it in
 * `dist-server/`; null when there is none (an API-only test, a build without it).
 * `send` answers the page's own API requests in this process.
 */
export function loadPageRenderer(
  webDist: string,
  send: (request: Request) => Promise<Response>,
  logger: Logger,
): PageRenderer | null {
  const entry = join(webDist, "..", "dist-server", "entry-server.js");
  const templatePath = join(webDist, "index.html");
  if (!existsSync(entry) || !existsSync(templatePath)) return null;
  const { template, source } = inlineStylesheets(readFileSync(templatePath, "utf8"), webDist);
  let loaded: Promise<ServerRenderer<Request, Response>> | undefined;
  const load = () => {
    loaded ??= import(pathToFileURL(entry).href).then((module: { renderer?: unknown }) => {
      if (!isServerRenderer(module.renderer)) throw new Error(`${entry} exports no renderer`);
      return module.renderer;
    });
    return loaded;
  };
  const limit = createConcurrencyLimit({ concurrency: RENDERS_AT_ONCE, maxWaiting: RENDERS_WAITING });

  return {
    inlineStyleSource: source,
    async render(url, { notFound = false } = {}) {
      let page: RenderedPage | null;
      try {
        page = await limit.run(async () => (await load()).render(url, send, { notFound }));
      } catch (error) {
        // Too busy, or a page that fails to render: the plain shell, which the browser renders.
        if (!(error instanceof QueueFullError)) {
          // A public page's path names only public things (an authority's code, a series).
          logger.error({ err: error, path: url.split("?")[0] }, "could not render a page");
        }
        return null;
      }
      if (!page) return null;
      return {
        body: composePage(template, page),
        contentType: "text/html; charset=utf-8",
        crossOrigin: false,
        status: notFound ? 404 : 200,
      };
    },
  };
}

/** Thrown inside a snapshot rendering when the page could not be rendered: nothing is kept. */
const NOT_RENDERED = Symbol("not rendered");

/**
 * In front of the static site: a server-rendered page for the public pages, and the "not found"
 * page, rendered, for any address that has nothing. Files, and pages rendered in the browser
 * (signed-in work, embeds), go on to the static site, as does any page that could not be rendered.
 */
export function serveRenderedPages(
  pages: PageRenderer,
  isFile: (path: string) => boolean,
  isPage: (path: string) => Promise<boolean>,
): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    const path = c.req.path;
    if (path === "/index.html" || isFile(path)) return next();
    const page = matchPage(path);
    if (page && !isServerRendered(page.pattern)) return next();
    const query = c.req.url.indexOf("?");
    const url = query < 0 ? path : `${path}${c.req.url.slice(query)}`;

    if (page === null || !(await isPage(path))) {
      // Rendered each time, never kept: there is no end to the addresses that have nothing.
      const rendered = await pages.render(url, { notFound: true });
      if (!rendered) return next();
      return c.body(rendered.body as string, 404, { "content-type": rendered.contentType });
    }

    const entry = await c.var.snapshot
      .respond(`page ${url}`, async () => {
        const rendered = await pages.render(url);
        if (!rendered) throw NOT_RENDERED;
        return rendered;
      })
      .catch((error: unknown) => {
        if (error === NOT_RENDERED) return null;
        throw error;
      });
    if (!entry) return next();
    return sendRemembered(c, entry);
  };
}
