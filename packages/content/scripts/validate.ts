// `pnpm validate [dir]`: the contributor's check. Same loader as the build, nothing written.
import path from "node:path";
import { formatIssue } from "../src/load/issue.ts";
import { loadDataset } from "../src/load/load-dataset.ts";
import { dataDir } from "./paths.ts";

const arg = process.argv[2];
if (arg === "--help" || arg === "-h") {
  console.log(
    "usage: pnpm validate [data-dir]\n\nChecks every record file against its schema and every reference between records.\nExit 0: all valid. Exit 1: problems, one per line as file:line:col  field  message  (fix).",
  );
  process.exit(0);
}
const dir = arg ? path.resolve(process.env.INIT_CWD ?? process.cwd(), arg) : dataDir;
try {
  const result = await loadDataset(dir, { relativeTo: path.dirname(dir) });
  if (!result.ok) {
    for (const issue of result.issues) console.error(formatIssue(issue));
    console.error(`\n✗ ${result.issues.length} problem(s) in ${result.files} file(s)`);
    process.exit(1);
  }
  const counts = Object.entries(result.dataset.meta.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  console.log(`✓ ${result.files} files valid: ${counts}`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
