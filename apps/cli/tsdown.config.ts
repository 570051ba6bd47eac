import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig, type Rolldown } from "tsdown";

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const contentDist = path.dirname(require.resolve("@cell-atlas/content/dataset.json"));

/**
 * JSON with every non-ASCII character escaped: V8 then reads it as one-byte strings, which decode
 * and parse faster than the two-byte strings Arabic, Persian or Turkish names would otherwise make.
 */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * The dataset, one file per collection plus its meta (each read on first use by src/data.ts), the
 * search index, the data releases and the JSON Schemas (which `new` points editors at when a record is written outside
 * the repo) ship beside cli.mjs.
 */
const copyData: Rolldown.Plugin = {
  name: "cell-atlas-copy-data",
  writeBundle() {
    const to = path.resolve("dist");
    const dataset = JSON.parse(readFileSync(path.join(contentDist, "dataset.json"), "utf8")) as Record<string, unknown>;
    mkdirSync(path.join(to, "data"), { recursive: true });
    for (const [part, value] of Object.entries(dataset))
      writeFileSync(path.join(to, "data", `${part}.json`), asciiJson(value));
    copyFileSync(path.join(contentDist, "search-index.json"), path.join(to, "search-index.json"));
    copyFileSync(path.join(contentDist, "releases.json"), path.join(to, "releases.json"));
    const from = path.join(contentDist, "json-schema");
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
  // Self-contained: workspace code and npm dependencies alike, so the package installs alone. Each
  // command is its own chunk (dynamic imports), so a command loads only what it uses.
  deps: { alwaysBundle: [/.*/] },
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [copyData],
});
