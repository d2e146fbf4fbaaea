import { readdirSync, readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const TESTS = "src/**/*.test.ts";

/**
 * The test files that use the test database, which TEST_DATABASE_URL chooses: those importing
 * testing/test-database.ts, the one place that reads it, or a testing helper that sets up a
 * database with it (testing/workspace-context.ts, testing/authorization-context.ts). The others
 * (pure functions, the embedded database's lock file) would only repeat the PGlite pass, so the
 * PostgreSQL pass leaves them out.
 */
function filesUsingTheTestDatabase(): string[] {
  const source = new URL("./src/", import.meta.url);
  const imports = (file: string, module: string) =>
    new RegExp(`^import (?!type)[^;]*from "[./]*/?testing/${module}\\.ts";$`, "m").test(
      readFileSync(new URL(file, source), "utf8"),
    );
  const helpers = readdirSync(new URL("testing/", source), { encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "test-database.ts")
    .filter((file) =>
      /^import (?!type)[^;]*from "\.\/test-database\.ts";$/m.test(
        readFileSync(new URL(`testing/${file}`, source), "utf8"),
      ),
    )
    .map((file) => file.replace(/\.ts$/, ""))
    // Helpers only used by other helpers, or by the run's setup, are not what a test imports.
    .filter((helper) => helper !== "global-setup");
  return readdirSync(source, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts"))
    .filter((file) => ["test-database", ...helpers].some((module) => imports(file, module)))
    .map((file) => `src/${file}`);
}

export default defineConfig({
  test: {
    name: "api",
    environment: "node",
    include: process.env.TEST_DATABASE_URL ? filesUsingTheTestDatabase() : [TESTS],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // A worker runs its files one after another in one module cache rather than importing the app
    // afresh for each (about 1 s a file, and 40% of the project's CPU time). Every file makes its own
    // app and database, so nothing a test sees is shared; what the testing helpers memoise is kept
    // per app (testing/authorization-context.ts).
    isolate: false,
    // Migrates and seeds each kind of test database once per run, for every file to copy.
    globalSetup: ["src/testing/global-setup.ts"],
  },
});
