// Lighthouse (performance, accessibility, best practices, SEO) on each page type in each built
// language, against the site's budget of 100 in every category. A bench, not a test: performance
// scores move with the load of a shared machine, so it prints them and exits 1 only when a
// category other than performance is under 100, or performance is under 90.
//   node scripts/lighthouse.mjs            every built locale
//   node scripts/lighthouse.mjs en fa      some of them
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { serve } from "./serve.mjs";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "out");
if (!existsSync(join(out, "index.html"))) {
  console.error("lighthouse: out/index.html is missing. Build first: pnpm --filter @cell-atlas/web build");
  process.exit(1);
}
const first = (collection) => {
  const dir = join(out, collection);
  const id = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory())?.name;
  return `/${collection}/${id}/`;
};
const PAGES = {
  home: "/",
  area: "/areas/cancer/",
  therapies: "/therapies/",
  therapy: first("therapies"),
  organization: first("organizations"),
  country: "/countries/ir/",
  trials: "/trials/",
  trial: first("trials"),
  timeline: "/timeline/",
  search: "/search/?q=stem",
  about: "/about/",
};
const all = ["en", "ar", "fa", "tr", "id", "fr"].filter((l) => l === "en" || existsSync(join(out, l, "index.html")));
const locales = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const server = await serve({ root: out, port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
let failed = 0;
console.log(`locale page          ${CATEGORIES.map((c) => c.slice(0, 11).padStart(12)).join("")}`);
try {
  for (const locale of locales) {
    for (const [name, path] of Object.entries(PAGES)) {
      const url = `${server.url}${locale === "en" ? "" : `/${locale}`}${path}`;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        // Desktop settings without simulated throttling: the machine is the limit, not a phone model.
        formFactor: "desktop",
        screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
        throttlingMethod: "provided",
      });
      const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
      const bad = scores.some((s, i) => (CATEGORIES[i] === "performance" ? s < 90 : s < 100));
      if (bad) {
        failed++;
        const audits = Object.values(result?.lhr.audits ?? {})
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
          .map((a) => a.id);
        console.log(`  failing audits on ${locale} ${name}: ${audits.join(", ")}`);
      }
      console.log(
        `${locale.padEnd(7)}${name.padEnd(14)}${scores.map((s) => String(s).padStart(12)).join("")}${bad ? "  UNDER" : ""}`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
if (failed > 0) process.exit(1);
