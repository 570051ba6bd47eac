// After `next build`: every page is static HTML with no client components, so the framework's
// client runtime (about 135 KB gzipped) would only hydrate markup that never changes. Remove it
// and the RSC payloads; keep our own progressive-enhancement modules under /js/ and JSON data.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "out");

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

export function stripRuntime(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) =>
      /\bsrc="\/js\//.test(tag) || /\btype="application\/json"/.test(tag) ? tag : "",
    )
    .replace(/<link\b[^>]*\bas="script"[^>]*>/g, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, "");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let pages = 0;
  let payloads = 0;
  for (const file of walk(out)) {
    if (file.endsWith(".html")) {
      writeFileSync(file, stripRuntime(readFileSync(file, "utf8")));
      pages++;
    } else if (file.endsWith(".txt") && !file.endsWith("robots.txt")) {
      rmSync(file);
      payloads++;
    }
  }
  console.log(`postbuild: removed the client runtime from ${pages} pages and ${payloads} RSC payload files`);
}
