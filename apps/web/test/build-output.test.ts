import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { getDataset } from "@cell-atlas/content";
import { describe, expect, it } from "vitest";
import { firstLoadBytes, scriptsOf } from "../scripts/bench.mjs";
import { stripRuntime } from "../scripts/postbuild.mjs";
import { assertBuilt, OUT } from "./helpers/browser";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return p.endsWith(".html") ? [p] : [];
  });
}

describe("post-build helpers", () => {
  it("removes the framework runtime but keeps our modules and JSON data", () => {
    const html = `<head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/></head><body>
      <script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script>
      <script type="application/json" id="filter-data">{"a":1}</script><script type="module" src="/js/list-filter.js"></script></body>`;
    const out = stripRuntime(html);
    expect(out).not.toContain("_next/static/chunks/a.js");
    expect(out).not.toContain("__next_f");
    expect(out).toContain('id="filter-data"');
    expect(out).toContain('src="/js/list-filter.js"');
  });

  it("counts scripts a page loads, not nomodule fallbacks", () => {
    expect(
      scriptsOf('<script src="/a.js"></script><script noModule="" src="/p.js"></script><script>x</script>'),
    ).toEqual(["/a.js"]);
  });
});

describe("build output", () => {
  it("keeps old links working: a former id leads to the record's current page", () => {
    const dataset = getDataset();
    for (const c of ["therapies", "organizations", "countries", "trials"] as const)
      for (const r of dataset[c])
        for (const former of r.formerIds ?? []) {
          const html = readFileSync(join(OUT, c, former, "index.html"), "utf8");
          expect(html).toContain(`http-equiv="refresh" content="0; url=/${c}/${r.id}/"`);
        }
    const timeline = readFileSync(join(OUT, "timeline", "index.html"), "utf8");
    for (const e of dataset.events)
      for (const former of e.formerIds ?? []) expect(timeline).toContain(`id="event-${former}"`);
  });

  assertBuilt();
  const pages = htmlFiles(OUT);

  it("has every page type", () => {
    for (const p of [
      "index.html",
      "404.html",
      "areas/cancer/index.html",
      "areas/autoimmune/index.html",
      "areas/regenerative/index.html",
      "areas/blood-disorders/index.html",
      "areas/neurological/index.html",
      "areas/other/index.html",
      "therapies/index.html",
      "organizations/index.html",
      "countries/index.html",
      "trials/index.html",
      "timeline/index.html",
      "search/index.html",
      "about/index.html",
      "contribute/index.html",
      "data/index.html",
      "sitemap.xml",
      "robots.txt",
      "data/dataset.json",
      "data/search-index.json",
      "data/csv/therapies.csv",
      "data/schema/therapies.json",
    ])
      expect(existsSync(join(OUT, p)), p).toBe(true);
  });

  it("gives every page a title, a description and Open Graph tags, and loads no external script", () => {
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const where = relative(OUT, file);
      expect(html, where).toMatch(/<title>[^<]+<\/title>/);
      expect(html, where).toMatch(/<meta name="description" content="[^"]+"/);
      if (!where.startsWith("_")) expect(html, where).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, where).not.toMatch(/<script[^>]+src="(https?:)?\/\//);
      expect(html, where).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr|unpkg\.com/);
    }
  });

  it("keeps first-load JavaScript under 100 KB gzipped on every page", () => {
    for (const file of pages) {
      const { bytes } = firstLoadBytes(readFileSync(file, "utf8"));
      expect(bytes, relative(OUT, file)).toBeLessThanOrEqual(100 * 1024);
    }
  });

  it("has no broken internal links (href/src) or missing #anchors", () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = m[1]!.replace(/&amp;/g, "&");
        if (!raw.startsWith("/") || raw.startsWith("//")) continue;
        checked++;
        const [pathAndQuery, fragment] = raw.split("#") as [string, string | undefined];
        const path = decodeURIComponent(pathAndQuery.split("?")[0]!);
        let target = join(OUT, path);
        if (path.endsWith("/")) target = join(target, "index.html");
        else if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
        if (!existsSync(target)) {
          broken.push(`${relative(OUT, file)} → ${raw}`);
          continue;
        }
        if (fragment && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(fragment)))
          broken.push(`${relative(OUT, file)} → ${raw} (no id="${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it("lists every record page in the sitemap", () => {
    const sitemap = readFileSync(join(OUT, "sitemap.xml"), "utf8");
    for (const file of pages) {
      const rel = relative(OUT, file);
      if (!rel.endsWith("/index.html") || rel.startsWith("_") || rel.startsWith("404/")) continue;
      if (readFileSync(file, "utf8").includes('http-equiv="refresh"')) continue;
      expect(sitemap, rel).toContain(`/${rel.replace(/index\.html$/, "")}</loc>`);
    }
  });
});
