import { defineProject } from "vitest/config";

// Some tests walk every page of every collection, or start the server: on a busy two-core machine
// they take several seconds, so allow time rather than fail on load.
export default defineProject({
  test: { name: "api", include: ["src/**/*.test.ts", "test/**/*.test.ts"], testTimeout: 30_000 },
});
