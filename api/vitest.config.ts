import { readdirSync, readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const TESTS = "src/**/*.test.ts";

/**
 * The test files that use the test database, which TEST_DATABASE_URL chooses: those importing
 * testing/test-database.ts, the one place that reads it. The others (pure functions, the
 * embedded database's lock file) would only repeat the PGlite pass, so the PostgreSQL pass
 * leaves them out.
 */
function filesUsingTheTestDatabase(): string[] {
  const source = new URL("./src/", import.meta.url);
  return readdirSync(source, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts"))
    .filter((file) =>
      /^import (?!type)[^;]*from "[./]*\/?testing\/test-database\.ts";$/m.test(
        readFileSync(new URL(file, source), "utf8"),
      ),
    )
    .map((file) => `src/${file}`);
}

export default defineConfig({
  test: {
    name: "api",
    environment: "node",
    include: process.env.TEST_DATABASE_URL ? filesUsingTheTestDatabase() : [TESTS],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Migrates and seeds each kind of test database once per run, for every file to copy.
    globalSetup: ["src/testing/global-setup.ts"],
  },
});
