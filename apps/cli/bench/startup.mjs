// Start-up cost of the built CLI against a bare `node -e 0` (hyperfine is not installed).
// Usage: pnpm --filter @cell-atlas/cli bench   (RUNS=30 to change the number of runs)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/cli.cjs");
if (!existsSync(cli)) {
  console.error(`${cli} is missing; run pnpm --filter @cell-atlas/cli build first`);
  process.exit(1);
}
const runs = Number(process.env.RUNS ?? 20);
const TARGET = 1.5;

// For reference, not held to the target: the same build without its V8 code cache, which is what
// a Node other than the one that built the CLI gets (V8 rejects the cache and compiles the source).
const bare = mkdtempSync(path.join(os.tmpdir(), "cell-atlas-bench-"));
cpSync(path.dirname(cli), bare, { recursive: true });
rmSync(path.join(bare, "code-cache"), { recursive: true, force: true });
const bareCli = path.join(bare, "cli.cjs");

const cases = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "cell-atlas show nurown --json", args: [cli, "show", "nurown", "--json"], target: true },
  { name: "cell-atlas list therapies --json", args: [cli, "list", "therapies", "--json"], target: true },
  { name: "  the same, without code cache", args: [bareCli, "list", "therapies", "--json"] },
];

function medianMs(args) {
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
    if (i >= 2) times.push(ms); // the first two runs warm the file cache
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

// Interleave the cases so background load affects all of them alike.
const results = cases.map(() => []);
for (let round = 0; round < 3; round++) {
  for (const [i, c] of cases.entries()) results[i].push(medianMs(c.args));
}
rmSync(bare, { recursive: true, force: true });
const medians = results.map((r) => r.sort((a, b) => a - b)[1]);
const base = medians[0];
console.log(`median of ${runs} runs (middle of 3 rounds), node ${process.version}`);
let over = false;
cases.forEach((c, i) => {
  const ratio = medians[i] / base;
  if (c.target && ratio > TARGET) over = true;
  console.log(`${c.name.padEnd(36)} ${medians[i].toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×`);
});
console.log(over ? `above the ${TARGET}× target` : `within the ${TARGET}× target`);
