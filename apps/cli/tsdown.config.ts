import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig, type Rolldown } from "tsdown";

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const contentDist = path.dirname(require.resolve("@cell-atlas/content/dataset.json"));

/**
 * node:crypto (only the validator hashes records) costs milliseconds to load, and a bundle's static
 * imports all load at start-up; process.getBuiltinModule (Node >= 20.16) defers it to first use.
 */
const lazyCrypto: Rolldown.Plugin = {
  name: "cell-atlas-lazy-crypto",
  resolveId: (id) => (id === "node:crypto" ? "\0lazy-crypto" : null),
  load: (id) =>
    id === "\0lazy-crypto"
      ? `export const createHash = (...args) => process.getBuiltinModule("node:crypto").createHash(...args);\n`
      : null,
};

/**
 * The dataset, its search index (read lazily by src/data.ts) and the JSON Schemas (which `new`
 * points editors at when a record is written outside the repo) ship beside cli.mjs.
 */
const copyData: Rolldown.Plugin = {
  name: "cell-atlas-copy-data",
  writeBundle() {
    const to = path.resolve("dist");
    for (const f of ["dataset.json", "search-index.json"]) copyFileSync(path.join(contentDist, f), path.join(to, f));
    const from = path.join(contentDist, "schema");
    mkdirSync(path.join(to, "schema"), { recursive: true });
    for (const f of readdirSync(from).filter((n) => n.endsWith(".json")))
      copyFileSync(path.join(from, f), path.join(to, "schema", f));
  },
};

export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: "esm",
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  fixedExtension: true,
  dts: false,
  minify: true,
  // One self-contained file: workspace code and npm dependencies alike, so the package installs alone.
  deps: { alwaysBundle: [/.*/] },
  outputOptions: { inlineDynamicImports: true },
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [lazyCrypto, copyData],
});
