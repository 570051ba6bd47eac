import { type ChangesQuery, createChangeLog, type Release, type ReleasedChange } from "@cell-atlas/content";
import { readBeside } from "../data.ts";
import { CliError, EXIT, out, warn, write, writeJson } from "../io.ts";
import { usageErrorFrom } from "./list.ts";

const show = (v: unknown) => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

function readReleases(): Release[] {
  try {
    return JSON.parse(readBeside("releases.json")) as Release[];
  } catch (error) {
    throw new CliError(
      `the CLI's data file releases.json is missing or damaged: ${(error as Error).message}`,
      EXIT.notFound,
      "reinstall the CLI, or rebuild it in a clone: pnpm --filter @cell-atlas/cli build",
    );
  }
}

/** `cell-atlas changes`: what each data release added, removed, renamed or changed. */
export function runChanges(opts: ChangesQuery & { json?: boolean; releases?: boolean }): number {
  const log = createChangeLog(readReleases());
  if (opts.releases) {
    const releases = log.releases();
    if (opts.json) writeJson({ data: releases });
    else
      for (const r of releases)
        write(
          `${r.version}  ${r.date}  ${r.summary.added} added · ${r.summary.removed} removed · ${r.summary.renamed} renamed · ${r.summary.changed} changed`,
        );
    return EXIT.ok;
  }
  const { json, releases: _releases, ...query } = opts;
  let page: ReturnType<typeof log.list>;
  try {
    page = log.list(query);
  } catch (error) {
    if (error instanceof Error && error.name === "QueryError")
      throw usageErrorFrom([error as never], "cell-atlas changes [flags]");
    throw error;
  }
  if (json) {
    writeJson({ data: page.data, meta: { total: page.total, nextCursor: page.nextCursor } });
    return EXIT.ok;
  }
  const c = out();
  let release = "";
  for (const change of page.data as ReleasedChange[]) {
    if (change.release !== release) {
      release = change.release;
      write(c.bold(`release ${change.release} (${change.date})`));
    }
    const what = change.type === "renamed" ? `renamed from ${change.formerId}` : change.type;
    write(`  ${what.padEnd(8)} ${change.collection}/${change.id}  ${change.name}`);
    for (const f of change.fields ?? []) write(c.dim(`           ${f.path}: ${show(f.old)} → ${show(f.new)}`));
  }
  const more = page.nextCursor ? `; next page: --cursor ${page.nextCursor}` : "";
  warn(page.total === 0 ? "no changes match" : `${page.data.length} of ${page.total} changes${more}`);
  return EXIT.ok;
}
