import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: {
    name: "web",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // next-intl's ESM imports `next/navigation` without an extension, which only a bundler
    // resolves (Next has no exports map); let Vite process it as it does in the build.
    server: { deps: { inline: ["next-intl"] } },
  },
});
