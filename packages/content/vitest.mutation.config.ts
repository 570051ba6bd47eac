import { defineConfig } from "vitest/config";

// What `pnpm mutation` runs against each mutant: the in-process tests of the query module and the
// validation rules. The real-data tests check the data, not the code, so they are left out.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The package test packs and installs a tarball: it checks the build, not the code.
    exclude: ["test/real-data.test.ts", "test/package.test.ts", "**/node_modules/**"],
    testTimeout: 60_000,
  },
});
