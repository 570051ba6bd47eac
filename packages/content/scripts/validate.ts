// `pnpm validate [dir]`: the contributor's check. Same loader as the build, nothing written; the
// same report as `cell-atlas validate`.
import path from "node:path";
import { parseArgs } from "node:util";
import { loadDataset } from "../src/load/load-dataset.ts";
import { validationReport } from "../src/load/report.ts";
import { dataDir } from "./paths.ts";

const USAGE = `usage: pnpm validate [data-dir] [--format text|github]

Checks every record file against its schema and every reference between records.
Exit 0: all valid. Exit 1: problems, one per line as file:line:col  field  message  (fix).

  --format github  print each problem as a GitHub Actions annotation (::error file=…,line=…,col=…::…)
                   on stdout, so it shows on the changed line of a pull request; the default
                   when GITHUB_ACTIONS is set
  -h, --help       this text`;

let args: ReturnType<typeof parse>;
const parse = () =>
  parseArgs({
    allowPositionals: true,
    options: { format: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
try {
  args = parse();
} catch (error) {
  console.error(`✗ ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = args.values.format ?? (process.env.GITHUB_ACTIONS === "true" ? "github" : "text");
if (format !== "text" && format !== "github") {
  console.error(`✗ --format "${format}" is not a format (use text or github)\n\n${USAGE}`);
  process.exit(2);
}
if (args.positionals.length > 1) {
  console.error(`✗ one data folder at most; got ${args.positionals.join(", ")}\n\n${USAGE}`);
  process.exit(2);
}
// pnpm runs scripts in the package folder; INIT_CWD is where the contributor typed the command.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
const arg = args.positionals[0];
const dir = arg ? path.resolve(invokedFrom, arg) : dataDir;
try {
  const result = await loadDataset(dir, { relativeTo: path.dirname(dir) });
  // GitHub resolves annotation paths from the checkout's root.
  const fileRoot = path.relative(process.env.GITHUB_WORKSPACE ?? invokedFrom, path.dirname(dir));
  const report = validationReport(result, { format, fileRoot });
  for (const line of report.problems) (format === "github" ? console.log : console.error)(line);
  if (report.ok) console.log(report.summary);
  else console.error(`\n${report.summary}`);
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
