import { defineProject } from "vitest/config";

// The validate tests spawn `pnpm validate` (tsx) per fixture; on a busy two-core machine a spawn can
// take several seconds, so allow time rather than fail on load.
export default defineProject({
  test: {
    name: "content",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    // The real-data tests load and validate every record once, before all: seconds on a busy machine.
    hookTimeout: 60_000,
    maxConcurrency: 4,
  },
});
