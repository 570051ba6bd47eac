import { readFileSync } from "node:fs";
import path from "node:path";
import { formatIssue, loadDataset } from "@cell-atlas/content/load";
import { resolveDataDir } from "../data-dir.ts";
import { EXIT, err, warn, write, writeJson } from "../io.ts";

/** Placeholders `cell-atlas new` writes; valid YAML, but not yet facts. */
function placeholders(dataDir: string, files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const lines = readFileSync(path.join(path.dirname(dataDir), file), "utf8").split("\n");
    lines.forEach((line, i) => {
      const col = line.indexOf("TODO");
      if (col >= 0 && !line.trimStart().startsWith("#"))
        found.push(`${file}:${i + 1}:${col + 1}  placeholder  replace TODO with the real value`);
    });
  }
  return found;
}

/** Same loader, same checks and the same messages as `pnpm validate`. */
export async function runValidate(dir: string | undefined, opts: { json?: boolean }): Promise<number> {
  const dataDir = resolveDataDir(dir);
  let result: Awaited<ReturnType<typeof loadDataset>>;
  try {
    result = await loadDataset(dataDir, { relativeTo: path.dirname(dataDir) });
  } catch (error) {
    warn(`✗ ${(error as Error).message}`);
    return EXIT.notFound;
  }
  const c = err();
  if (opts.json) {
    writeJson({ ok: result.ok, dir: dataDir, files: result.files, issues: result.issues });
    return result.ok ? EXIT.ok : EXIT.notFound;
  }
  if (!result.ok) {
    for (const issue of result.issues) warn(formatIssue(issue));
    warn(c.red(`\n✗ ${result.issues.length} problem(s) in ${result.files} file(s)`));
    return EXIT.notFound;
  }
  const files = Object.entries(result.dataset.meta.counts).flatMap(([collection]) =>
    result.ok
      ? result.dataset[collection as "therapies"].map((r) =>
          path.join(path.basename(dataDir), collection, `${r.id}.yaml`),
        )
      : [],
  );
  const todo = placeholders(dataDir, files);
  for (const line of todo) warn(c.yellow(line));
  const counts = Object.entries(result.dataset.meta.counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  write(
    `${c.green("✓")} ${result.files} files valid: ${counts}${todo.length > 0 ? ` (${todo.length} placeholder(s) left)` : ""}`,
  );
  return EXIT.ok;
}
