import path from "node:path";
import { loadDataset, validationReport } from "@cell-atlas/content/load";
import { resolveDataDir, userCwd } from "../data-dir.ts";
import { EXIT, err, warn, write, writeJson } from "../io.ts";

/** Same loader, same checks and the same report as `pnpm validate`. */
export async function runValidate(
  dir: string | undefined,
  opts: { json?: boolean; format?: "text" | "github" },
): Promise<number> {
  const dataDir = resolveDataDir(dir);
  let result: Awaited<ReturnType<typeof loadDataset>>;
  try {
    result = await loadDataset(dataDir, { relativeTo: path.dirname(dataDir) });
  } catch (error) {
    warn(`✗ ${(error as Error).message}`);
    return EXIT.notFound;
  }
  if (opts.json) {
    writeJson({ ok: result.ok, dir: dataDir, files: result.files, issues: result.issues });
    return result.ok ? EXIT.ok : EXIT.notFound;
  }
  const format = opts.format ?? (process.env.GITHUB_ACTIONS === "true" ? "github" : "text");
  // GitHub resolves annotation paths from the checkout's root.
  const fileRoot = path.relative(process.env.GITHUB_WORKSPACE ?? userCwd(), path.dirname(dataDir));
  const report = validationReport(result, { format, fileRoot });
  const c = err();
  for (const line of report.problems) (format === "github" ? write : warn)(line);
  if (report.ok) write(report.summary.replace("✓", c.green("✓")));
  else warn(c.red(`\n${report.summary}`));
  return report.ok ? EXIT.ok : EXIT.notFound;
}
