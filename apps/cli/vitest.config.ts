import { defineProject } from "vitest/config";

// The tests spawn the built CLI (dist/cli.mjs); `pnpm test` at the root builds it first.
export default defineProject({
  test: {
    name: "cli",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
