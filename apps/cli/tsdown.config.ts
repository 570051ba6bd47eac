import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig, type Rolldown } from "tsdown";

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const contentDist = path.dirname(require.resolve("@cell-atlas/content/dataset.json"));

/**
 * A bundle's static imports all load at start-up. Two built-ins are needed only on paths that are
 * rarely taken: node:crypto (only the validator hashes records) and node:child_process (commander
 * spawns only for external subcommands, which we have none of). Each costs milliseconds to load, so
 * they are replaced by stand-ins that fetch the real module with process.getBuiltinModule
 * (Node >= 20.16) on first use.
 */
const lazyBuiltins: Record<string, string[]> = {
  "node:crypto": ["createHash"],
  "node:child_process": ["spawn"],
};
const lazyBuiltin: Rolldown.Plugin = {
  name: "cell-atlas-lazy-builtins",
  resolveId: (id) => (id in lazyBuiltins ? `\0lazy:${id}` : null),
  load: (id) => {
    if (!id.startsWith("\0lazy:")) return null;
    const builtin = id.slice("\0lazy:".length);
    const fns = lazyBuiltins[builtin] ?? [];
    const load = `process.getBuiltinModule(${JSON.stringify(builtin)})`;
    const named = fns.map((fn) => `export const ${fn} = (...args) => ${load}.${fn}(...args);\n`);
    return `${named.join("")}export default { ${fns.join(", ")} };\n`;
  },
};

/** The same JSON with every non-ASCII character escaped: it decodes and parses faster (one-byte strings). */
const asciiJson = (text: string) =>
  JSON.stringify(JSON.parse(text)).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/**
 * The dataset, one file per collection plus its meta (each read on first use by src/data.ts), the
 * search index and the JSON Schemas (which `new` points editors at when a record is written outside
 * the repo) ship beside cli.cjs.
 */
const copyData: Rolldown.Plugin = {
  name: "cell-atlas-copy-data",
  writeBundle() {
    const to = path.resolve("dist");
    const dataset = JSON.parse(readFileSync(path.join(contentDist, "dataset.json"), "utf8")) as Record<string, unknown>;
    mkdirSync(path.join(to, "data"), { recursive: true });
    for (const [part, value] of Object.entries(dataset))
      writeFileSync(path.join(to, "data", `${part}.json`), asciiJson(JSON.stringify(value)));
    const index = readFileSync(path.join(contentDist, "search-index.json"), "utf8");
    writeFileSync(path.join(to, "search-index.json"), asciiJson(index));
    const from = path.join(contentDist, "schema");
    mkdirSync(path.join(to, "schema"), { recursive: true });
    for (const f of readdirSync(from).filter((n) => n.endsWith(".json")))
      copyFileSync(path.join(from, f), path.join(to, "schema", f));
  },
};

export default defineConfig({
  entry: { cli: "src/cli.ts" },
  format: process.env.FMT === "esm" ? "esm" : "cjs",
  shims: true,
  platform: "node",
  target: "node20",
  outDir: "dist",
  clean: true,
  fixedExtension: true,
  dts: false,
  minify: true,
  // One self-contained file: workspace code and npm dependencies alike, so the package installs alone.
  deps: { alwaysBundle: [/.*/] },
  outputOptions: process.env.ONEFILE ? { inlineDynamicImports: true } : {},
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [lazyBuiltin, copyData],
});
