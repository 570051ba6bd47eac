// The cost of the languages: the static build of English alone and of every locale, timed in one
// run (budget: all locales under 3× English), then each locale's page weight (gzipped HTML and
// first-load JS per page type). Leaves out/ holding the full build.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { firstLoadBytes } from "./bench.mjs";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(web, "out");
const LOCALES = ["en", "ar", "fa", "tr", "id", "fr"];
const BUDGET = 3;

/** One cold `next build` + postbuild: the compiler's cache would favour whichever build ran second. */
function build(locales) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ATLAS_LOCALES: locales.join(",") };
  rmSync(join(web, ".next"), { recursive: true, force: true });
  const started = performance.now();
  const log = execFileSync("npx", ["next", "build"], {
    cwd: web,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  }).toString();
  const generated = /Generating static pages using (\d+) workers? \((\d+)\/\d+\) in ([\d.]+)(ms|s|min)/.exec(log);
  if (generated) {
    const [, workers, pages, time, unit] = generated;
    const seconds = Number(time) * (unit === "ms" ? 0.001 : unit === "s" ? 1 : 60);
    console.log(`  ${locales.join(",")}: ${pages} pages rendered by ${workers} worker(s) in ${seconds.toFixed(1)} s`);
  }
  execFileSync("node", ["scripts/postbuild.mjs"], { cwd: web, env, stdio: ["ignore", "ignore", "inherit"] });
  return (performance.now() - started) / 1000;
}

const countPages = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile() && d.name.endsWith(".html"))
    .length;

execFileSync("node", ["scripts/prepare.mjs"], { cwd: web, stdio: "inherit" });
const english = build(["en"]);
const englishPages = countPages(out);
const all = build(LOCALES);
const allPages = countPages(out);
const ratio = all / english;
console.log("static build            seconds   pages   pages/s");
console.log(
  `English only       ${english.toFixed(1).padStart(12)} ${String(englishPages).padStart(7)} ${(englishPages / english).toFixed(0).padStart(9)}`,
);
console.log(
  `all ${LOCALES.length} locales      ${all.toFixed(1).padStart(12)} ${String(allPages).padStart(7)} ${(allPages / all).toFixed(0).padStart(9)}`,
);
console.log(`ratio ${ratio.toFixed(2)}× English (budget ≤ ${BUDGET}×)${ratio > BUDGET ? "  OVER BUDGET" : ""}\n`);

const first = (collection) =>
  `${collection}/${readdirSync(join(out, collection), { withFileTypes: true }).find((d) => d.isDirectory())?.name}/index.html`;
const PAGES = {
  home: "index.html",
  therapies: "therapies/index.html",
  therapy: first("therapies"),
  trials: "trials/index.html",
  trial: first("trials"),
  country: "countries/ir/index.html",
  search: "search/index.html",
  about: "about/index.html",
};
console.log(
  `page weight, KB gzipped (HTML + first-load JS)\nlocale ${Object.keys(PAGES)
    .map((p) => p.padStart(14))
    .join("")}`,
);
for (const locale of LOCALES) {
  const cells = Object.values(PAGES).map((page) => {
    const file = join(out, locale === "en" ? "" : locale, page);
    if (!existsSync(file)) return "—".padStart(14);
    const html = readFileSync(file);
    const { bytes } = firstLoadBytes(html.toString("utf8"));
    return `${(gzipSync(html, { level: 9 }).length / 1024).toFixed(1)}+${(bytes / 1024).toFixed(1)}`.padStart(14);
  });
  console.log(`${locale.padEnd(7)}${cells.join("")}`);
}
if (ratio > BUDGET) process.exit(1);
