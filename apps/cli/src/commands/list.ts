import { type CollectionName, furthestStage, type QueryError, type RecordOf } from "@cell-atlas/content";
import { atlasOf } from "../atlas.ts";
import { flagOf, flagsFor } from "../flags.ts";
import { CliError, EXIT, warn, writeJson } from "../io.ts";
import type { Column } from "../table.ts";

type R<C extends CollectionName> = RecordOf<C>;

const join = (xs: readonly string[]) => xs.join(", ");

/** The columns a terminal shows for each collection; --json has every field. */
export const COLUMNS: { [C in CollectionName]: Column<R<C>>[] } = {
  therapies: [
    { header: "id", value: (t) => t.id },
    { header: "name", wrap: true, value: (t) => t.name },
    { header: "modality", value: (t) => t.modality },
    { header: "stage", value: (t) => furthestStage(t.indications) ?? "" },
    { header: "areas", wrap: true, value: (t) => join([...new Set(t.indications.map((i) => i.area))]) },
    { header: "countries", wrap: true, value: (t) => join(t.countries) },
  ],
  organizations: [
    { header: "id", value: (o) => o.id },
    { header: "name", wrap: true, value: (o) => o.name },
    { header: "kind", value: (o) => o.kind },
    { header: "country", value: (o) => o.country },
  ],
  countries: [
    { header: "id", value: (c) => c.id },
    { header: "name", wrap: true, value: (c) => c.name },
    { header: "region", value: (c) => c.region },
    { header: "oic", value: (c) => (c.oicMember ? "yes" : "no") },
  ],
  trials: [
    { header: "id", value: (t) => t.id },
    { header: "phase", value: (t) => t.phase },
    { header: "status", value: (t) => t.status },
    { header: "start", value: (t) => t.startDate ?? "" },
    { header: "title", wrap: true, value: (t) => t.title },
  ],
  events: [
    { header: "date", value: (e) => e.date },
    { header: "kind", value: (e) => e.kind },
    { header: "id", value: (e) => e.id },
    { header: "title", wrap: true, value: (e) => e.title },
  ],
};

/** Turns the content package's query errors into one usage error that names the flags. */
export function usageErrorFrom(errors: readonly QueryError[], usage: string): CliError {
  const lines = errors.map((e) => {
    const flag = e.detail.startsWith("unknown parameter") ? e.param : flagOf(e.param);
    return `${flag}: ${e.detail}${e.allowed ? ` (allowed: ${e.allowed})` : ""}`;
  });
  return new CliError(lines.join("\n"), EXIT.usage, `usage: ${usage}  (run with --help for every flag and its values)`);
}

export async function runList(collection: CollectionName, opts: Record<string, unknown>): Promise<void> {
  const atlas = atlasOf();
  const input: Record<string, unknown> = {};
  for (const { param } of flagsFor(collection)) if (opts[param] !== undefined) input[param] = opts[param];
  const parsed = atlas.parseQuery(collection, input);
  if (!parsed.ok) throw usageErrorFrom(parsed.errors, `cell-atlas list ${collection} [options]`);
  const page = atlas.list(collection, parsed.params as never);
  if (opts.json) {
    writeJson({
      data: page.data,
      meta: { total: page.total, nextCursor: page.nextCursor, dataVersion: atlas.dataset.meta.dataVersion },
    });
    return;
  }
  // The table library is loaded only for a table, not for --json.
  const { printTable } = await import("../table.ts");
  printTable(page.data as R<typeof collection>[], COLUMNS[collection] as Column<R<typeof collection>>[]);
  const more = page.nextCursor ? `; next page: --cursor ${page.nextCursor}` : "";
  warn(
    page.total === 0
      ? `no ${collection} match these filters`
      : `${page.data.length} of ${page.total} ${collection}${more}`,
  );
}
