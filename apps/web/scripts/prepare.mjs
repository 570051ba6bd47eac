// Before `next build`: copy the content package's published files into public/data/ (downloads
// and the search index's shards) and bundle the two small browser scripts into public/js/.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const content = dirname(createRequire(import.meta.url).resolve("@cell-atlas/content/package.json"));
const dist = join(content, "dist");
if (!existsSync(join(dist, "dataset.json"))) {
  console.error(`prepare: ${join(dist, "dataset.json")} is missing. Run: pnpm --filter @cell-atlas/content build`);
  process.exit(1);
}

const data = join(web, "public", "data");
rmSync(data, { recursive: true, force: true });
mkdirSync(join(data, "csv"), { recursive: true });
mkdirSync(join(data, "schema"), { recursive: true });
cpSync(join(dist, "dataset.json"), join(data, "dataset.json"));
// The search index as shards: a query fetches only the files it needs (see the content README).
cpSync(join(dist, "search"), join(data, "search"), { recursive: true });
for (const f of readdirSync(join(dist, "csv")).filter((f) => f.endsWith(".csv")))
  cpSync(join(dist, "csv", f), join(data, "csv", f));
for (const f of readdirSync(join(dist, "json-schema")).filter((f) => f.endsWith(".json")))
  cpSync(join(dist, "json-schema", f), join(data, "schema", f));

const js = join(web, "public", "js");
rmSync(js, { recursive: true, force: true });
await build({
  entryPoints: [join(web, "src/client/list-filter.ts"), join(web, "src/client/search-page.ts")],
  outdir: js,
  bundle: true,
  splitting: true,
  format: "esm",
  minify: true,
  target: "es2020",
  chunkNames: "chunk-[hash]",
  legalComments: "none",
  logLevel: "warning",
});
console.log(`prepare: copied content files to public/data, bundled browser scripts to public/js`);
