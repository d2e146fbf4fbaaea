import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

export const FIXTURE_STYLESHEET = "body{margin:0}";
export const FIXTURE_INDEX_HTML = `<!doctype html><html lang="en"><head><title>Dashboard</title><script type="module" src="/assets/index-Ab12Cd34.js"></script><link rel="stylesheet" crossorigin href="/assets/index-Ef56Gh78.css"></head><body><div id="root"></div></body></html>`;
export const FIXTURE_SCRIPT = `console.log(${JSON.stringify("the dashboard ".repeat(200))});`;
export const FIXTURE_SCRIPT_PATH = "/assets/index-Ab12Cd34.js";
/** A PNG's first bytes: not text, so never precompressed. */
export const FIXTURE_IMAGE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/**
 * A built web app as `vite build` and web/scripts/check-bundle-size.mjs leave it: hashed assets,
 * index.html, .gz and .br beside each text file, and a `.vite` manifest, in `dir` (a `dist`
 * folder in a temporary folder). With `serverEntry`, the source of the server build's
 * entry-server.js, written beside it in `dist-server/` as `vite build --ssr` would.
 */
export function createWebDistFixture({ serverEntry }: { serverEntry?: string } = {}): {
  dir: string;
  remove(): void;
} {
  const root = mkdtempSync(join(tmpdir(), "ldd-web-"));
  const dir = join(root, "dist");
  if (serverEntry !== undefined) {
    mkdirSync(join(root, "dist-server"));
    writeFileSync(join(root, "dist-server", "entry-server.js"), serverEntry);
  }
  const write = (path: string, content: string | Buffer, precompress: boolean) => {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    if (precompress) {
      writeFileSync(`${file}.gz`, gzipSync(content));
      writeFileSync(`${file}.br`, brotliCompressSync(content));
    }
  };
  write("index.html", FIXTURE_INDEX_HTML, true);
  write(FIXTURE_SCRIPT_PATH.slice(1), FIXTURE_SCRIPT, true);
  write("assets/index-Ef56Gh78.css", FIXTURE_STYLESHEET, true);
  write("assets/logo-Ij90Kl12.png", FIXTURE_IMAGE, false);
  write("favicon.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
  write(".vite/manifest.json", '{"secret":"not for the public"}', false);
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
