import { defineProject, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineProject({
    test: {
      name: "web",
      environment: "jsdom",
      setupFiles: ["./src/testing/setup-tests.ts"],
      include: ["src/**/*.test.{ts,tsx}"],
      // Each step may wait up to 5 s for a lazy page (setup-tests.ts); a test of several steps on a
      // busy two-core machine needs more than vitest's default 5 s in all. A passing test is not slowed.
      testTimeout: 20_000,
      // Files share a worker's jsdom and module cache rather than building both afresh for each
      // (two thirds of the project's CPU time). Every test renders into a fresh query client and
      // msw resets its handlers after each test (src/testing/setup-tests.ts); the suite passes in
      // shuffled orders.
      isolate: false,
    },
  }),
);
