// `pnpm bench:scale`: the whole pipeline at 1×, 10× and 100× the real records, and how each figure
// grows between sizes. It copies this checkout (tracked and new files, no build output) into a
// scratch folder, installs it offline from the pnpm store, and for each size writes synthetic data
// into the copy's packages/content/data (packages/content/bench/scale-data.ts), then runs the real
// builds, the built API, the built CLI and the built site there. Nothing in this checkout changes.
//
//   pnpm bench:scale [--sizes 1,10,100] [--site-sizes 1,10] [--json file] [--keep]
//
// See docs/scale.md for what each figure means and the last run's results.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

const USAGE = `usage: pnpm bench:scale [--sizes 1,10,100] [--site-sizes 1,10] [--json results.json] [--keep]

  --sizes       multiples of today's records to run (default 1,10,100)
  --site-sizes  sizes at which the site is built and its search measured (default 1,10: a 100×
                site build is about an hour on two cores; add 100 to run it)
  --json        also write every figure to this file
  --keep        keep the scratch copy (its path is printed)
  env: BENCH_DURATION seconds per autocannon run (default 5), CLI_RUNS runs per CLI command (default 5)`;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1,10,100" },
    "site-sizes": { type: "string", default: "1,10" },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const parseSizes = (text) =>
  text
    .split(",")
    .filter(Boolean)
    .map((s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n < 1 || n > 100) {
        console.error(`✗ "${s}" is not a size (a whole multiple from 1 to 100)\n\n${USAGE}`);
        process.exit(2);
      }
      return n;
    })
    .sort((a, b) => a - b);
const SIZES = parseSizes(values.sizes);
const SITE_SIZES = new Set(parseSizes(values["site-sizes"]));
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const CLI_RUNS = Number(process.env.CLI_RUNS ?? 5);
const QUERIES = ["cell", "leukaemia", "cd19"];
const LIST_ROUTE = "/v1/therapies?area=cancer";
const SEARCH_ROUTE = "/v1/search?q=cell";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  // Every size builds the English site only, so sizes compare page for page (see docs/scale.md).
  ATLAS_LOCALES: "en",
  CI: "1",
};

// ── helpers ────────────────────────────────────────────────────────────────────────────────────

const log = (line) => process.stderr.write(`${line}\n`);
const seconds = (ms) => ms / 1000;

/** Runs a command to completion; its output goes to the log only when it fails. */
function run(cmd, args, cwd, extraEnv = {}) {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd, env: { ...env, ...extraEnv }, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  if (r.status !== 0) {
    log(r.stdout);
    log(r.stderr);
    throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) exited ${r.status ?? r.signal}`);
  }
  return { ms, stdout: r.stdout };
}

function sizeOf(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of readdirSync(path)) total += sizeOf(join(path, name));
  return total;
}

function countFiles(dir, suffix) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countFiles(join(dir, entry.name), suffix);
    else if (entry.name.endsWith(suffix)) n++;
  }
  return n;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Resident set size of a process, from /proc (Linux). */
function rssOf(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

/** Starts the built API and resolves once it prints "listening on <url>". */
function startApi(dir, extraEnv) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(dir, "apps/api/dist/server.mjs")], {
    env: { ...env, PORT: "0", HOST: "127.0.0.1", RATE_LIMIT: "0", ...extraEnv },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((ok, fail) => {
    let out = "";
    child.once("exit", (code) => fail(new Error(`the API exited with ${code}: ${out}`)));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/listening on (http:\/\/[\d.]+:\d+)/);
      if (m) ok({ child, url: m[1], startMs: performance.now() - started });
    });
  });
}

const stop = (child) =>
  new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.removeAllListeners("exit");
    child.once("exit", () => done());
    child.kill("SIGTERM");
  });

// ── the scratch copy ───────────────────────────────────────────────────────────────────────────

function prepareScratch() {
  const dir = mkdtempSync(join(tmpdir(), "cell-atlas-scale-"));
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: repo, encoding: "utf8" })
    .split("\0")
    .filter((f) => f && !f.startsWith("packages/content/data/") && existsSync(join(repo, f)));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(repo, f), join(dir, f));
  }
  const { ms } = run("pnpm", ["install", "--offline", "--frozen-lockfile", "--reporter=silent"], dir);
  log(`scratch copy: ${files.length} files in ${dir}, installed offline in ${seconds(ms).toFixed(1)} s`);
  return dir;
}

// ── one size ───────────────────────────────────────────────────────────────────────────────────

async function measureApi(dir, requireFrom) {
  const autocannon = requireFrom("autocannon");
  const load = async (url) => {
    await autocannon({ url, connections: CONNECTIONS, duration: 1 });
    const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
    if (r.errors - r.timeouts > 0 || r.non2xx > 0) throw new Error(`${url}: ${r.errors} errors, ${r.non2xx} non-2xx`);
    // A request autocannon gave up on (10 s) has no latency: with any, p99 is "over 10 s", not a number.
    // No answer within the run has no latency either: p99 is then "no answer", never 0 ms.
    const unanswered = r.timeouts > 0 || r.latency.totalCount === 0;
    if (unanswered) log(`    ${url}: ${r.timeouts} timed out (10 s), ${r.latency.totalCount} answered`);
    return { p99: unanswered ? Number.POSITIVE_INFINITY : r.latency.p99, rps: r.requests.average };
  };
  const api = await startApi(dir, {});
  const out = {};
  try {
    out.apiStartMs = api.startMs;
    out.apiRssStart = rssOf(api.child.pid);
    const list = await load(`${api.url}${LIST_ROUTE}`);
    const search = await load(`${api.url}${SEARCH_ROUTE}`);
    out.apiRssLoaded = rssOf(api.child.pid);
    Object.assign(out, { listP99: list.p99, listRps: list.rps, searchP99: search.p99, searchRps: search.rps });
  } finally {
    await stop(api.child);
  }
  // The same build with its response cache off: every request filters, sorts or searches again.
  const uncached = await startApi(dir, { RESPONSE_CACHE: "0" });
  try {
    const list = await load(`${uncached.url}${LIST_ROUTE}`);
    const search = await load(`${uncached.url}${SEARCH_ROUTE}`);
    out.apiRssLoadedUncached = rssOf(uncached.child.pid);
    Object.assign(out, { listP99Uncached: list.p99, searchP99Uncached: search.p99 });
  } finally {
    await stop(uncached.child);
  }
  return out;
}

function measureCli(dir) {
  const cli = join(dir, "apps/cli/dist/cli.mjs");
  const time = (args) => {
    const times = [];
    for (let i = 0; i < CLI_RUNS + 1; i++) {
      const started = performance.now();
      const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, env, stdio: ["ignore", "ignore", "pipe"] });
      if (r.status !== 0) throw new Error(`cell-atlas ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
      if (i > 0) times.push(performance.now() - started); // the first run warms the file cache
    }
    return median(times);
  };
  return { cliListMs: time(["list", "trials", "--json"]), cliSearchMs: time(["search", "cell"]) };
}

/** Opens /search/?q=… in Chromium; the gzipped bytes of every response and the time to results. */
async function measureSiteSearch(dir, requireFrom) {
  const { chromium } = requireFrom("playwright-core");
  const { serve } = await import(pathToFileURL(join(dir, "apps/web/scripts/serve.mjs")).href);
  const server = await serve({ root: join(dir, "apps/web/out"), port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
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
  const results = [];
  try {
    for (const q of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies = [];
      page.on("response", (res) =>
        bodies.push(
          res.body().then(
            (b) => ({ url: res.url(), bytes: b }),
            () => null,
          ),
        ),
      );
      const started = performance.now();
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(
        () => /result|Nothing found/.test(document.querySelector("[data-search-status]")?.textContent ?? ""),
        undefined,
        { timeout: 120_000 },
      );
      const ms = performance.now() - started;
      const status = await page.locator("[data-search-status]").textContent();
      const fetched = (await Promise.all(bodies)).filter(Boolean);
      const gzip = fetched.reduce((n, f) => n + gzipSync(f.bytes).length, 0);
      const raw = fetched.reduce((n, f) => n + f.bytes.length, 0);
      results.push({ q, ms, gzip, raw, requests: fetched.length, status: status?.trim() });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const worst = results.reduce((a, b) => (b.gzip > a.gzip || (b.gzip === a.gzip && b.ms > a.ms) ? b : a));
  for (const r of results)
    log(
      `    site search "${r.q}": ${r.status} — ${(r.gzip / 1024).toFixed(0)} KB gzip in ${r.requests} responses, ${r.ms.toFixed(0)} ms`,
    );
  return {
    searchBytesGzip: worst.gzip,
    searchBytesRaw: worst.raw,
    searchTimeMs: Math.max(...results.map((r) => r.ms)),
    searchWorstQuery: worst.q,
  };
}

async function measureSize(dir, factor) {
  const requireFrom = (pkg) =>
    createRequire(join(dir, pkg === "playwright-core" ? "apps/web" : "apps/api", "package.json"))(pkg);
  // The load average says how busy the machine was (other processes share its two cores).
  const r = { factor, loadBefore: loadavg()[0] };
  const data = join(dir, "packages/content/data");
  rmSync(data, { recursive: true, force: true });
  log(`\n${factor}×: writing the data`);
  run(
    "pnpm",
    ["exec", "tsx", "bench/scale-data.ts", String(factor), data, join(repo, "packages/content/data")],
    join(dir, "packages/content"),
  );
  r.records = countFiles(data, ".yaml");

  log(`${factor}×: content build (validate + write dist/)`);
  r.contentBuildMs = run("pnpm", ["run", "build"], join(dir, "packages/content")).ms;
  r.distBytes = sizeOf(join(dir, "packages/content/dist"));
  r.datasetBytes = sizeOf(join(dir, "packages/content/dist/dataset.json"));
  r.searchIndexBytes = sizeOf(join(dir, "packages/content/dist/search-index.json"));

  log(`${factor}×: API build (Node server and workerd bundle)`);
  r.apiBuildMs = run("pnpm", ["run", "build"], join(dir, "apps/api")).ms;
  const worker = readFileSync(join(dir, "apps/api/dist/worker.mjs"));
  r.workerBytes = worker.length;
  r.workerGzip = gzipSync(worker).length;
  // Workers limits count every module uploaded: the worker and the docs UI's text module.
  r.workerUploadGzip =
    r.workerGzip + gzipSync(readFileSync(join(dir, "apps/api/dist/scalar-standalone.js.txt"))).length;
  log(`${factor}×: CLI build`);
  r.cliBuildMs = run("pnpm", ["run", "build"], join(dir, "apps/cli")).ms;

  log(`${factor}×: API under load`);
  Object.assign(r, await measureApi(dir, requireFrom));
  log(`${factor}×: CLI`);
  Object.assign(r, measureCli(dir));

  if (SITE_SIZES.has(factor)) {
    log(`${factor}×: site build (ATLAS_LOCALES=en)`);
    rmSync(join(dir, "apps/web/.next"), { recursive: true, force: true });
    rmSync(join(dir, "apps/web/out"), { recursive: true, force: true });
    r.siteBuildMs = run("pnpm", ["run", "build"], join(dir, "apps/web")).ms;
    r.pages = countFiles(join(dir, "apps/web/out"), ".html");
    r.pagesPerSecond = r.pages / seconds(r.siteBuildMs);
    r.outBytes = sizeOf(join(dir, "apps/web/out"));
    log(`${factor}×: site search in Chromium`);
    Object.assign(r, await measureSiteSearch(dir, requireFrom));
  }
  return r;
}

// ── report ─────────────────────────────────────────────────────────────────────────────────────

const MB = (b) => `${(b / 1e6).toFixed(1)} MB`;
const S = (ms) => `${seconds(ms).toFixed(1)} s`;
const MS = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : "no answer in time");

/** Each figure, how to print it, and whether it should grow with the data (linear) or stay flat. */
const METRICS = [
  ["records", "records", String, "linear"],
  ["load average (1 min) before", "loadBefore", (v) => v.toFixed(1), "info"],
  ["content build (validate + write)", "contentBuildMs", S, "linear"],
  ["dist/ size", "distBytes", MB, "linear"],
  ["  dataset.json", "datasetBytes", MB, "linear"],
  ["  search-index.json", "searchIndexBytes", MB, "linear"],
  ["API build", "apiBuildMs", S, "linear"],
  ["workerd bundle (raw)", "workerBytes", MB, "linear"],
  ["workerd bundle (gzip)", "workerGzip", MB, "linear"],
  ["workerd upload with docs module (gzip)", "workerUploadGzip", MB, "linear"],
  ["CLI build", "cliBuildMs", S, "linear"],
  ["API start (to listening)", "apiStartMs", MS, "linear"],
  ["API RSS after start", "apiRssStart", MB, "linear"],
  ["API RSS after load", "apiRssLoaded", MB, "linear"],
  ["API RSS after load, no cache", "apiRssLoadedUncached", MB, "linear"],
  [`API p99 ${LIST_ROUTE}`, "listP99", MS, "flat"],
  [`API p99 ${SEARCH_ROUTE}`, "searchP99", MS, "flat"],
  ["API p99 list, no cache", "listP99Uncached", MS, "linear"],
  ["API p99 search, no cache", "searchP99Uncached", MS, "linear"],
  ["CLI list trials --json", "cliListMs", MS, "linear"],
  ["CLI search cell", "cliSearchMs", MS, "linear"],
  ["site build", "siteBuildMs", S, "linear"],
  ["site pages", "pages", String, "linear"],
  ["site pages per second", "pagesPerSecond", (v) => v.toFixed(1), "flat"],
  ["out/ size", "outBytes", MB, "linear"],
  ["site search bytes (gzip, worst query)", "searchBytesGzip", MB, "linear"],
  ["site search time to results", "searchTimeMs", MS, "linear"],
];

function report(rows) {
  const header = ["figure", ...rows.map((r) => `${r.factor}×`)];
  const pairs = rows.slice(1).map((r, i) => [rows[i], r]);
  for (const [a, b] of pairs) header.push(`${b.factor}×/${a.factor}×`);
  const table = [header];
  const flagged = [];
  for (const [label, key, fmt, expect] of METRICS) {
    if (!rows.some((r) => r[key] !== undefined)) continue;
    const line = [label, ...rows.map((r) => (r[key] === undefined ? "—" : fmt(r[key])))];
    for (const [a, b] of pairs) {
      if (a[key] === undefined || b[key] === undefined) {
        line.push("—");
        continue;
      }
      const ratio = b[key] / a[key];
      const data = b.records / a.records;
      // Worse than linear: grows clearly faster than the records (or, for a figure that should stay
      // flat, such as a cached p99 or pages per second, moves by more than half the data's growth).
      const worse =
        key !== "records" &&
        expect !== "info" &&
        (expect === "linear"
          ? ratio > data * 1.25
          : key === "pagesPerSecond"
            ? ratio < 1 / 1.5
            : ratio > Math.max(2, data / 2));
      if (worse)
        flagged.push(`${label}: ×${ratio.toFixed(2)} for ×${data.toFixed(2)} records (${a.factor}× → ${b.factor}×)`);
      line.push(`×${ratio.toFixed(2)}${worse ? " !" : ""}`);
    }
    table.push(line);
  }
  const widths = header.map((_, i) => Math.max(...table.map((l) => String(l[i]).length)));
  console.log(
    table
      .map((l) => l.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  "))
      .join("\n"),
  );
  console.log(
    flagged.length === 0
      ? "\nnothing grows worse than linear (a figure marked ! would: growth > 1.25 × the records' growth)"
      : `\nworse than linear (!):\n${flagged.map((f) => `  ${f}`).join("\n")}`,
  );
}

const scratch = prepareScratch();
const rows = [];
try {
  for (const factor of SIZES) {
    rows.push(await measureSize(scratch, factor));
    if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
  }
  console.log(
    `\nscale bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${availableParallelism()} cores; autocannon -c ${CONNECTIONS} for ${DURATION_S} s per route; CLI median of ${CLI_RUNS}; site built with ATLAS_LOCALES=en\n`,
  );
  report(rows);
} finally {
  if (values.keep) log(`scratch copy kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
