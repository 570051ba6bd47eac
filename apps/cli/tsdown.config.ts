import { copyFileSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig, type Rolldown } from "tsdown";

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const contentDist = path.dirname(require.resolve("@cell-atlas/content/dataset.json"));

/**
 * The dataset and search index go into the bundle as JSON *text*: JSON.parse of a string is much
 * faster than evaluating the same object literal, and it only happens when a command asks for data.
 */
const embeddedData: Rolldown.Plugin = {
  name: "cell-atlas-embedded-data",
  resolveId: (id) => (id === "virtual:cell-atlas-data" ? "\0cell-atlas-data" : null),
  load(id) {
    if (id !== "\0cell-atlas-data") return null;
    const text = (name: string) => JSON.stringify(readFileSync(path.join(contentDist, name), "utf8"));
    return `export const datasetText = ${text("dataset.json")};\nexport const searchIndexText = ${text("search-index.json")};\n`;
  },
};

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

/** `new` points editors at these JSON Schemas when the record is written outside the repo. */
const copySchemas: Rolldown.Plugin = {
  name: "cell-atlas-copy-schemas",
  writeBundle() {
    const from = path.join(contentDist, "schema");
    const to = path.resolve("dist/schema");
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(from).filter((n) => n.endsWith(".json")))
      copyFileSync(path.join(from, f), path.join(to, f));
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
  plugins: [embeddedData, lazyCrypto, copySchemas],
});
