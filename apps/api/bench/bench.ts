// pnpm --filter @cell-atlas/api bench: the built API (dist/server.mjs) against a bare node:http
// server sending the same bytes, on loopback, one autocannon run per target after a short warm-up.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getDataset } from "@cell-atlas/content";
import autocannon from "autocannon";

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 5);
const WARMUP_S = 1;
const TARGET_RATIO = 0.8;
const TARGET_P99_MS = 5;

const apiDir = fileURLToPath(new URL("..", import.meta.url));
const serverEntry = join(apiDir, "dist", "server.mjs");
if (!existsSync(serverEntry)) {
  console.error(`${serverEntry} is missing: run pnpm --filter @cell-atlas/api build first.`);
  process.exit(1);
}

const therapyId = getDataset().therapies[0]?.id;
if (!therapyId) {
  console.error("The dataset has no therapies to benchmark.");
  process.exit(1);
}
const PATHS = ["/v1/therapies?area=cancer", `/v1/therapies/${therapyId}`];

/** Starts a Node process that prints "listening on <url>", and resolves with that URL. */
function startProcess(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}: ${out}`)));
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/listening on (http:\/\/[\d.]+:\d+)/);
      if (m?.[1]) resolve({ child, url: m[1] });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

async function run(url: string, seconds: number) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  if (r.errors > 0 || r.non2xx > 0) throw new Error(`${url}: ${r.errors} errors, ${r.non2xx} non-2xx responses`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

/**
 * Both servers share two cores with autocannon, and a VM's neighbours come and go; alternating
 * halves (A B, then B A) keeps a passing burst of load from landing on one side only.
 */
async function compare(a: string, b: string) {
  await run(a, WARMUP_S);
  await run(b, WARMUP_S);
  const half = DURATION_S / 2;
  const a1 = await run(a, half);
  const b1 = await run(b, half);
  const b2 = await run(b, half);
  const a2 = await run(a, half);
  const mean = (x: { rps: number; p99: number }, y: { rps: number; p99: number }) => ({
    rps: (x.rps + y.rps) / 2,
    p99: (x.p99 + y.p99) / 2,
  });
  return [mean(a1, a2), mean(b1, b2)] as const;
}

const tmp = mkdtempSync(join(tmpdir(), "cell-atlas-bench-"));
const started: ChildProcess[] = [];
try {
  const api = await startProcess([serverEntry], { PORT: "0", HOST: "127.0.0.1", RATE_LIMIT: "0" });
  started.push(api.child);

  // Record the API's exact responses (status, headers, body) for the bare server to replay.
  const recorded: Record<string, { status: number; headers: Record<string, string>; body: string }> = {};
  for (const path of PATHS) {
    const res = await fetch(`${api.url}${path}`);
    const headers = Object.fromEntries(
      [...res.headers].filter(([name]) => !["date", "connection", "keep-alive"].includes(name)),
    );
    recorded[path] = { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString("base64") };
  }
  const file = join(tmp, "responses.json");
  writeFileSync(file, JSON.stringify(recorded));
  const bare = await startProcess([join(apiDir, "bench", "bare-server.mjs"), file]);
  started.push(bare.child);
  // For transparency: the same build with the response cache off, every request through Hono + zod.
  const uncached = await startProcess([serverEntry], {
    PORT: "0",
    HOST: "127.0.0.1",
    RATE_LIMIT: "0",
    RESPONSE_CACHE: "0",
  });
  started.push(uncached.child);

  console.log(
    `autocannon -c ${CONNECTIONS}, ${DURATION_S}s per server and target in two alternating halves (after ${WARMUP_S}s warm-up), loopback, Node ${process.versions.node}\n`,
  );
  const rows: string[][] = [
    [
      "target",
      "bytes",
      "api req/s",
      "bare req/s",
      "ratio",
      "api p99",
      "bare p99",
      "meets target",
      "uncached req/s (p99)",
    ],
  ];
  let allMet = true;
  for (const path of PATHS) {
    const [a, b] = await compare(`${api.url}${path}`, `${bare.url}${path}`);
    await run(`${uncached.url}${path}`, WARMUP_S);
    const u = await run(`${uncached.url}${path}`, DURATION_S / 2);
    const ratio = a.rps / b.rps;
    const met = ratio >= TARGET_RATIO && a.p99 <= TARGET_P99_MS;
    allMet &&= met;
    rows.push([
      path,
      String(Buffer.from(recorded[path]?.body ?? "", "base64").byteLength),
      a.rps.toFixed(0),
      b.rps.toFixed(0),
      ratio.toFixed(2),
      `${a.p99} ms`,
      `${b.p99} ms`,
      met ? "yes" : b.p99 > TARGET_P99_MS ? "no (bare too: machine busy)" : "no",
      `${u.rps.toFixed(0)} (${u.p99} ms), ratio ${(u.rps / b.rps).toFixed(2)}`,
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
  console.log(
    `\ntarget: ratio ≥ ${TARGET_RATIO} of bare and p99 ≤ ${TARGET_P99_MS} ms at ${CONNECTIONS} connections — ${allMet ? "met" : "NOT met"}`,
  );
} finally {
  await Promise.all(started.map(stop));
  rmSync(tmp, { recursive: true, force: true });
}
