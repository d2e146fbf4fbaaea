import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { NodePackageImporter } from "sass";
import { defineConfig } from "vite";

const apiOrigin = "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  server: {
    proxy: {
      "/api": apiOrigin,
      "/healthz": apiOrigin,
    },
  },
  css: {
    preprocessorOptions: {
      scss: {
        // govuk-frontend 5 is written with @import; its deprecation notices are not ours to fix.
        importers: [new NodePackageImporter()],
        quietDeps: true,
        silenceDeprecations: ["import", "global-builtin", "color-functions", "if-function"],
      },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // lightningcss rejects an old IE hack inside govuk-frontend ("min-width: 0\\0"); esbuild keeps it.
    cssMinify: "esbuild",
    // Lets scripts/check-bundle-size.mjs find every chunk the entry imports statically.
    manifest: true,
  },
});
