import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { MiddlewareHandler } from "hono";
import { getMimeType } from "hono/utils/mime";

/*
 * The built web app (web/dist, a few hundred kB with its .gz and .br copies written by
 * web/scripts/check-bundle-size.mjs), read once at start-up and served from memory. serveStatic
 * read every file through libuv's thread pool, where password hashing could hold it up for
 * seconds (docs/quality.md, R12); from memory a static file costs no I/O at all.
 */

/** Far more than a built web app needs: refuse to load a wrong folder into memory. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Vite puts content hashes in the names of everything under /assets/: they never change. */
const HASHED_PREFIX = "/assets/";

type Encoding = "br" | "gzip";
const PRECOMPRESSED: readonly { encoding: Encoding; suffix: string }[] = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
];

interface Representation {
  body: Uint8Array<ArrayBuffer>;
  /** Every header but the security headers the app adds to every response. */
  headers: Readonly<Record<string, string>>;
  etag: string;
}

interface StaticFile {
  identity: Representation;
  encoded: Partial<Record<Encoding, Representation>>;
}

export interface StaticSite {
  files: ReadonlyMap<string, StaticFile>;
  index: StaticFile;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    // Dotfiles (.vite/manifest.json) are build leftovers, not part of the site.
    if (name.startsWith(".")) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const tagOf = (bytes: Uint8Array) => createHash("sha1").update(bytes).digest("base64url");

/** A file's bytes in a buffer of their own (readFileSync may hand out a slice of a shared pool). */
function readBytes(path: string): Uint8Array<ArrayBuffer> {
  const read = readFileSync(path);
  const bytes = new Uint8Array(read.byteLength);
  bytes.set(read);
  return bytes;
}

function loadFile(path: string, urlPath: string, existing: ReadonlySet<string>): StaticFile {
  const body = readBytes(path);
  const hash = tagOf(body);
  const precompressed = PRECOMPRESSED.filter(({ suffix }) => existing.has(`${path}${suffix}`));
  const common: Record<string, string> = {
    "content-type": getMimeType(path) ?? "application/octet-stream",
    "cache-control": urlPath.startsWith(HASHED_PREFIX) ? IMMUTABLE : "no-cache",
    "last-modified": statSync(path).mtime.toUTCString(),
    ...(precompressed.length > 0 ? { vary: "Accept-Encoding" } : {}),
  };
  const representation = (
    bytes: Uint8Array<ArrayBuffer>,
    etag: string,
    encoding?: Encoding,
  ): Representation => ({
    body: bytes,
    etag,
    headers: Object.freeze({
      ...common,
      ...(encoding ? { "content-encoding": encoding } : {}),
      "content-length": String(bytes.byteLength),
      etag,
    }),
  });
  const encoded: StaticFile["encoded"] = {};
  for (const { encoding, suffix } of precompressed) {
    // One entity tag per representation (RFC 9110 8.8.3), derived from the original's.
    encoded[encoding] = representation(readBytes(`${path}${suffix}`), `"${hash}-${encoding}"`, encoding);
  }
  return { identity: representation(body, `"${hash}"`), encoded };
}

/** Reads every file of the built web app into memory, or null if `root` holds no index.html. */
export function loadStaticSite(root: string): StaticSite | null {
  if (!existsSync(join(root, "index.html"))) return null;
  const paths = listFiles(root);
  const existing = new Set(paths);
  const files = new Map<string, StaticFile>();
  let total = 0;
  for (const path of paths) {
    if (
      PRECOMPRESSED.some(({ suffix }) => path.endsWith(suffix) && existing.has(path.slice(0, -suffix.length)))
    ) {
      continue;
    }
    const urlPath = `/${relative(root, path).split(sep).join("/")}`;
    const file = loadFile(path, urlPath, existing);
    total += file.identity.body.byteLength;
    for (const representation of Object.values(file.encoded)) total += representation.body.byteLength;
    if (total > MAX_TOTAL_BYTES) {
      throw new Error(`${root} holds over ${MAX_TOTAL_BYTES / 1024 / 1024} MB: is it the built web app?`);
    }
    files.set(urlPath, file);
  }
  const index = files.get("/index.html");
  if (!index) return null;
  return { files, index };
}

/** The encodings the client accepts (`q=0` refuses one), for choosing a precompressed copy. */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? "").toLowerCase().split(",")) {
    const [name = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    const quality = parameters.find((parameter) => parameter.startsWith("q="));
    if (name === "" || (quality !== undefined && Number(quality.slice(2)) === 0)) continue;
    accepted.add(name);
  }
  return accepted;
}

function choose(file: StaticFile, acceptEncoding: string | undefined): Representation {
  const accepted = acceptedEncodings(acceptEncoding);
  for (const { encoding } of PRECOMPRESSED) {
    const representation = file.encoded[encoding];
    if (representation && (accepted.has(encoding) || accepted.has("*"))) return representation;
  }
  return file.identity;
}

function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}

/**
 * GET (and so HEAD) of a file of the site, or index.html for any other path: the single-page app
 * routes on the client. A path under /assets/ that is not a file goes on to the app's 404, so a
 * missing script is not answered with a page.
 */
/**
 * Files by path; any other address gets the app's page (index.html), with status 200 when
 * `isPage` says the app has a page there, 404 otherwise (the app then shows its "not found").
 */
export function serveStaticSite(
  site: StaticSite,
  isPage: (path: string) => boolean | Promise<boolean> = () => true,
): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    let file = site.files.get(path === "/" ? "/index.html" : path);
    let status: 200 | 404 = 200;
    if (!file) {
      if (path.startsWith(HASHED_PREFIX)) return next();
      file = site.index;
      if (!(await isPage(path))) status = 404;
    }
    const representation = choose(file, c.req.header("Accept-Encoding"));
    const ifNoneMatch = c.req.header("If-None-Match");
    if (status === 200 && ifNoneMatch !== undefined && matches(ifNoneMatch, representation.etag)) {
      const { "content-length": _length, "content-encoding": _encoding, ...headers } = representation.headers;
      return c.body(null, 304, headers);
    }
    return c.body(representation.body, status, representation.headers);
  };
}
