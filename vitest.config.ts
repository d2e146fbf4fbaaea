import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// CI sets VITEST_RESULTS_FILE to collect the totals of every suite it runs.
const resultsFile = process.env.VITEST_RESULTS_FILE;

/*
 * With TEST_DATABASE_URL set, the run is the PostgreSQL pass that follows the embedded one (CI,
 * README): only what can use the database runs again. The shared contract and the web components
 * never touch a database, so they would repeat the first pass exactly; api/vitest.config.ts and
 * test/vitest.config.ts leave out their files that never use TEST_DATABASE_URL likewise.
 */
const postgresPass = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    projects: postgresPass ? ["api", "test"] : ["shared", "api", "web", "test"],
    // vitest's default is one worker fewer than the cores: one on a 2-core machine. The unit
    // projects run two files at a time even there (most of an api file's time is PGlite, on one
    // core); the end-to-end suites run one at a time afterwards (test/vitest.config.ts).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: resultsFile ? ["default", ["json", { outputFile: resultsFile }]] : ["default"],
  },
});
