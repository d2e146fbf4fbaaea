#!/usr/bin/env node
// Runs after `vite build`: enforces the size budgets of docs/quality.md P5 and writes precompressed
// .gz and .br siblings of every text asset, because the server serves static files as they are.
//
//   entry JS  (everything index.html loads: its module scripts, modulepreloads and their static imports) ≤ 100 kB gzip
//   each lazy JS chunk                                                                                   ≤ 150 kB gzip
//   CSS (all stylesheets together)                                                                       ≤  30 kB gzip

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const KB = 1000;
const BUDGETS = { entry: 100 * KB, lazy: 150 * KB, css: 30 * KB };
const COMPRESSIBLE = /\.(js|css|html|svg)$/;

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error(`No build found at ${dist}: run vite build first.`);
  process.exit(1);
}

function listFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

// 1. The JS the page loads before it can run: index.html's module scripts and modulepreloads,
//    plus (from Vite's manifest) everything those import statically.
const html = readFileSync(join(dist, "index.html"), "utf8");
const htmlReferences = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((match) => (match[1] ?? "").replace(/^\//, ""));

const manifestPath = join(dist, ".vite", "manifest.json");
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : {};
const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));

const entryFiles = new Set();
const visit = (file) => {
  if (entryFiles.has(file)) return;
  entryFiles.add(file);
  for (const key of byFile.get(file)?.imports ?? []) {
    const imported = manifest[key]?.file;
    if (imported) visit(imported);
  }
};
for (const file of htmlReferences) visit(file);

// 2. Measure every asset.
const files = listFiles(dist).filter((path) => !/\.(gz|br)$/.test(path));
const rows = [];
let entryTotal = 0;
let cssTotal = 0;
const failures = [];

for (const path of files) {
  const name = relative(dist, path).split("\\").join("/");
  if (!/\.(js|css)$/.test(name)) continue;
  const buffer = readFileSync(path);
  const gzip = gzipSize(buffer);
  let kind;
  if (name.endsWith(".css")) {
    kind = "css";
    cssTotal += gzip;
  } else if (entryFiles.has(name)) {
    kind = "entry";
    entryTotal += gzip;
  } else {
    kind = "lazy";
    if (gzip > BUDGETS.lazy)
      failures.push(`lazy chunk ${name} is ${(gzip / KB).toFixed(1)} kB gzip (budget 150 kB)`);
  }
  rows.push({ name, kind, raw: buffer.length, gzip });
}
if (entryTotal > BUDGETS.entry)
  failures.push(`entry JS is ${(entryTotal / KB).toFixed(1)} kB gzip (budget 100 kB)`);
if (cssTotal > BUDGETS.css) failures.push(`CSS is ${(cssTotal / KB).toFixed(1)} kB gzip (budget 30 kB)`);

// 3. Report.
const order = { entry: 0, css: 1, lazy: 2 };
rows.sort((a, b) => order[a.kind] - order[b.kind] || b.gzip - a.gzip);
const width = Math.max(...rows.map((row) => row.name.length), 10);
const line = (name, kind, raw, gzip) =>
  `${name.padEnd(width)}  ${kind.padEnd(5)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`;
console.log(`\nBundle sizes (kB = 1000 bytes)\n`);
console.log(line("file", "kind", "raw kB", "gzip kB"));
for (const row of rows) {
  console.log(line(row.name, row.kind, (row.raw / KB).toFixed(1), (row.gzip / KB).toFixed(1)));
}
console.log("");
console.log(`entry JS total  ${(entryTotal / KB).toFixed(1).padStart(6)} kB gzip  (budget 100)`);
console.log(`CSS total       ${(cssTotal / KB).toFixed(1).padStart(6)} kB gzip  (budget 30)`);
const largestLazy = Math.max(0, ...rows.filter((row) => row.kind === "lazy").map((row) => row.gzip));
console.log(`largest lazy    ${(largestLazy / KB).toFixed(1).padStart(6)} kB gzip  (budget 150)`);

if (failures.length > 0) {
  console.error(
    `\nBundle budget exceeded (docs/quality.md, P5):\n${failures.map((failure) => `  - ${failure}`).join("\n")}`,
  );
  process.exit(1);
}

// 4. Precompress for the static file server.
let written = 0;
for (const path of files) {
  if (!COMPRESSIBLE.test(path)) continue;
  const buffer = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(buffer, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }),
  );
  written += 1;
}
console.log(`\nBudgets met. Wrote .gz and .br next to ${written} files.`);
