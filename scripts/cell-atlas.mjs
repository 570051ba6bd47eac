// `pnpm cell-atlas …` from the repo root: runs the built CLI, building it first on a fresh clone.
// Build output goes to stderr so that stdout stays the CLI's data (`pnpm -s cell-atlas list … | jq`).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const cli = fileURLToPath(new URL("../apps/cli/dist/cli.mjs", import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write("cell-atlas: building the CLI first (turbo run build --filter=@cell-atlas/cli)…\n");
  const built = spawnSync(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@cell-atlas/cli", "--output-logs=errors-only"],
    {
      stdio: ["ignore", process.stderr, "inherit"],
    },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import(pathToFileURL(cli).href);
