import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "api",
    environment: "node",
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Migrates and seeds each kind of test database once per run, for every file to copy.
    globalSetup: ["src/testing/global-setup.ts"],
  },
});
