import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The Q&A evaluation runs as `npm run eval`, apart from unit tests.
    exclude: ["test/eval/**", "node_modules/**"],
    // Bundles the commands and builds the index once per run; tests load both instead of rebuilding.
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
  },
});
