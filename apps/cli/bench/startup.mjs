// Start-up cost of the built CLI against a bare `node -e 0` (hyperfine is not installed).
// Usage: pnpm --filter @cell-atlas/cli bench   (RUNS=50 to change the number of runs; default 30)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/cli.mjs");
if (!existsSync(cli)) {
  console.error(`${cli} is missing; run pnpm --filter @cell-atlas/cli build first`);
  process.exit(1);
}
const runs = Number(process.env.RUNS ?? 30);
const TARGET = 2.5;

const cases = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "cell-atlas show nurown --json", args: [cli, "show", "nurown", "--json"], target: true },
  { name: "cell-atlas list therapies --json", args: [cli, "list", "therapies", "--json"], target: true },
];

// Node's own start-up is the yardstick, so nothing that changes it for every process is passed on:
// NODE_EXTRA_CA_CERTS (set on some machines, this one among them) makes each node parse a CA bundle
// at start-up, which adds about 40 ms to node -e 0 and would flatter every ratio.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
delete env.NODE_OPTIONS;

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// This machine's speed drifts by a third within a minute. Each iteration therefore runs every case
// once, in a rotating order, so that a slow spell falls on all of them alike.
const WARMUP = 2; // the first iterations warm the file cache
const times = cases.map(() => []);
for (let i = 0; i < runs + WARMUP; i++) {
  for (let k = 0; k < cases.length; k++) {
    const j = (i + k) % cases.length;
    const ms = timeOnce(cases[j].args);
    if (i >= WARMUP) times[j].push(ms);
  }
}

const medians = times.map(median);
const base = medians[0];
console.log(
  `median of ${runs} interleaved runs, node ${process.version}; ratio of medians (and median of per-run ratios)`,
);
let over = false;
cases.forEach((c, i) => {
  const ratio = medians[i] / base;
  const paired = median(times[i].map((t, run) => t / times[0][run]));
  if (c.target && ratio > TARGET) over = true;
  console.log(
    `${c.name.padEnd(36)} ${medians[i].toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×  (${paired.toFixed(2)}×)`,
  );
});
console.log(over ? `above the ${TARGET}× target` : `within the ${TARGET}× target`);
