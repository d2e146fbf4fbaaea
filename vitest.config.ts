import { defineConfig } from "vitest/config";

// CI sets VITEST_RESULTS_FILE to collect the totals of every suite it runs.
const resultsFile = process.env.VITEST_RESULTS_FILE;

export default defineConfig({
  test: {
    projects: ["shared", "api", "web", "test"],
    reporters: resultsFile ? ["default", ["json", { outputFile: resultsFile }]] : ["default"],
  },
});
