import { defineConfig } from "vitest/config";

/**
 * Suites that only ever start the embedded database (every `freshDatabase` call passes
 * `embeddedOnly: true`): they never use TEST_DATABASE_URL, so in the PostgreSQL pass they would
 * repeat the PGlite pass exactly, and that pass leaves them out.
 */
const EMBEDDED_ONLY = [
  "embedded-database.test.ts",
  "graceful-shutdown-embedded.test.ts",
  "production-start.test.ts",
];

/**
 * Suites about what the browser shows of public reads (pages, charts, forms and their
 * accessibility): those reads come from the same in-memory snapshot whichever database is
 * underneath, and the API suites run on both databases. They run in the PGlite pass only. The
 * suites that write through the browser or depend on the server's database (self-reporting,
 * leadership, the time machine, keep-alive, graceful shutdown) run in both passes.
 */
const BROWSER_ONLY = [
  "dashboard.test.ts",
  "forms-accessibility.test.ts",
  "public-statements.test.ts",
  "portfolio.test.ts",
  "server-rendered-pages.test.ts",
];

/** Suites that need PostgreSQL (several processes on one database): the PostgreSQL pass alone. */
const POSTGRES_ONLY = ["operations.test.ts"];

export default defineConfig({
  test: {
    name: "e2e",
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: [
      "**/node_modules/**",
      ...(process.env.TEST_DATABASE_URL ? [...EMBEDDED_ONLY, ...BROWSER_ONLY] : POSTGRES_ONLY),
    ],
    // Starts the server once on a new database, for every suite to copy (support/global-setup.ts).
    globalSetup: ["support/global-setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Each file starts real servers and a browser, two files at a time (most of a file's time is
    // spent waiting on its server, its browser and their timers), after the unit projects have
    // finished (groupOrder: the unit projects are group 0).
    fileParallelism: true,
    sequence: { groupOrder: 1 },
  },
});
