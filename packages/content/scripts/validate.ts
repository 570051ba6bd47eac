// `pnpm validate [dir]`: the contributor's check. Same loader as the build, nothing written; the
// same report as `cell-atlas validate`.
import path from "node:path";
import { loadDataset } from "../src/load/load-dataset.ts";
import { validationReport } from "../src/load/report.ts";
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
  const report = validationReport(await loadDataset(dir, { relativeTo: path.dirname(dir) }));
  for (const line of report.problems) console.error(line);
  if (report.ok) console.log(report.summary);
  else console.error(`\n${report.summary}`);
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
