// Runs the built CLI's commands once each with CELL_ATLAS_RECORD_CODE_CACHE=1, so that every chunk
// gets a V8 code cache in dist/code-cache (see src/code-cache.ts). Part of `pnpm build`.
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const cli = path.join(dist, "cli.cjs");
rmSync(path.join(dist, "code-cache"), { recursive: true, force: true });

// The commands people run most come last: a chunk that several commands load keeps the cache of
// the last one, which then also holds the functions it compiled.
const runs = [
  ["--help"],
  ["new", "therapies", "code-cache-example", "--stdout"],
  ["validate"],
  ["export", "--format", "csv", "--collection", "therapies"],
  ["stats"],
  ["search", "car-t", "leukemia"],
  ...["organizations", "countries", "trials", "events"].map((c) => ["list", c, "--json"]),
  ["list", "therapies"],
  ["show", "nurown"],
  ["list", "therapies", "--json"],
  ["show", "nurown", "--json"],
];

for (const args of runs) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    env: { ...process.env, CELL_ATLAS_RECORD_CODE_CACHE: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  if (r.status !== 0) {
    process.stderr.write(`record-code-cache: cell-atlas ${args.join(" ")} exited ${r.status}\n${r.stderr}`);
    process.exit(1);
  }
}
const files = readdirSync(path.join(dist, "code-cache"));
process.stderr.write(`code cache: ${files.length} chunks recorded for node ${process.version}\n`);
