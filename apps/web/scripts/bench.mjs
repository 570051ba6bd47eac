// First-load JavaScript per page type: the gzipped size of every script an HTML page in out/
// loads (plus the modules those import statically), against a 100 KB budget. Exit 1 when over.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET = 100 * 1024;
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "out");

/** The first record page of a collection, whatever the dataset holds. */
function firstChild(dir) {
  const path = join(out, dir);
  if (!existsSync(path)) return undefined;
  const name = readdirSync(path, { withFileTypes: true }).find(
    (d) => d.isDirectory() && existsSync(join(path, d.name, "index.html")),
  )?.name;
  return name ? `${dir}/${name}/index.html` : undefined;
}

const PAGES = {
  home: "index.html",
  area: "areas/cancer/index.html",
  therapies: "therapies/index.html",
  therapy: firstChild("therapies"),
  organizations: "organizations/index.html",
  organization: firstChild("organizations"),
  countries: "countries/index.html",
  country: firstChild("countries"),
  trials: "trials/index.html",
  trial: firstChild("trials"),
  timeline: "timeline/index.html",
  changes: "changes/index.html",
  search: "search/index.html",
  about: "about/index.html",
  contribute: "contribute/index.html",
  data: "data/index.html",
  404: "404.html",
};

/** Script URLs a page loads at first: src of each <script>, except nomodule fallbacks and data blocks. */
export function scriptsOf(html) {
  const srcs = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src) srcs.push(src);
  }
  return srcs;
}

/** A module's static imports (not dynamic import()), resolved against its URL. */
function staticImports(code, url) {
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    found.add(new URL(m[1], `http://x${url}`).pathname);
  }
  return [...found];
}

/** A module's dynamic import("…") targets: code fetched only on interaction (e.g. typing a search). */
function dynamicImports(code, url) {
  return [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => new URL(m[1], `http://x${url}`).pathname);
}

function gzipOf(path) {
  const file = join(out, path);
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
}

export function firstLoadBytes(html) {
  const seen = new Set();
  const lazy = new Set();
  let total = 0;
  const visit = (url) => {
    const path = url.split("?")[0];
    if (seen.has(path) || !path.startsWith("/")) return;
    seen.add(path);
    const file = join(out, path);
    if (!existsSync(file)) return;
    const code = readFileSync(file);
    total += gzipSync(code, { level: 9 }).length;
    const text = code.toString("utf8");
    for (const next of staticImports(text, path)) visit(next);
    for (const later of dynamicImports(text, path)) lazy.add(later);
  };
  for (const src of scriptsOf(html)) visit(src);
  // Everything reachable from a dynamic import, less what the first load already fetched.
  const later = new Set();
  const follow = (path) => {
    if (seen.has(path) || later.has(path) || !existsSync(join(out, path))) return;
    later.add(path);
    const text = readFileSync(join(out, path), "utf8");
    for (const next of [...staticImports(text, path), ...dynamicImports(text, path)]) follow(next);
  };
  for (const path of lazy) follow(path);
  const lazyBytes = [...later].reduce((n, p) => n + gzipOf(p), 0);
  return { bytes: total, files: [...seen], lazyBytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(out, "index.html"))) {
    console.error("bench: out/index.html is missing. Build first: pnpm --filter @cell-atlas/web build");
    process.exit(1);
  }
  let over = 0;
  console.log("page type        first-load JS (gzip)   ratio to 100 KB budget   (loaded later on interaction)");
  for (const [type, page] of Object.entries(PAGES)) {
    if (!page || !existsSync(join(out, page))) {
      console.log(`${type.padEnd(16)} (no page in this build)`);
      continue;
    }
    const { bytes, files, lazyBytes } = firstLoadBytes(readFileSync(join(out, page), "utf8"));
    const ratio = bytes / BUDGET;
    if (ratio > 1) over++;
    console.log(
      `${type.padEnd(16)} ${`${(bytes / 1024).toFixed(1)} KB`.padStart(10)}   ${ratio.toFixed(3).padStart(12)}   ${files.length} file(s)${lazyBytes ? `, +${(lazyBytes / 1024).toFixed(1)} KB later` : ""}${ratio > 1 ? "  OVER BUDGET" : ""}`,
    );
  }
  if (over > 0) {
    console.error(`bench: ${over} page type(s) over the 100 KB budget`);
    process.exit(1);
  }
  console.log("bench: every page type is within the 100 KB budget");
}
