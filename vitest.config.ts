import { defineConfig } from "vitest/config";

// One vitest process runs every package's tests (each package has its own vitest.config.ts).
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*"],
    reporters: ["default", "./scripts/vitest-summary-reporter.ts"],
  },
});
