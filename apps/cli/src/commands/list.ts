import { COLLECTIONS, type CollectionName, furthestStage, type QueryError, type RecordOf } from "@cell-atlas/content";
import { Command, CommanderError, Option } from "commander";
import { atlasOf } from "../atlas.ts";
import { flagOf, flagsFor } from "../flags.ts";
import { CliError, EXIT, warn, write, writeJson } from "../io.ts";
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
    { header: "countries", value: (t) => join(t.countries) },
    { header: "title", wrap: true, value: (t) => t.title },
  ],
  events: [
    { header: "date", value: (e) => e.date },
    { header: "kind", value: (e) => e.kind },
    { header: "evidence", value: (e) => e.evidence },
    { header: "id", value: (e) => e.id },
    { header: "title", wrap: true, value: (e) => e.title },
  ],
};

const usage = (collection: string) => `cell-atlas list ${collection} [flags]`;

/** Turns the content package's query errors into one usage error that names the flags. */
export function usageErrorFrom(errors: readonly QueryError[], usageLine: string): CliError {
  const lines = errors.map((e) => {
    const flag = e.detail.startsWith("unknown parameter") ? e.param : flagOf(e.param);
    return `${flag}: ${e.detail}${e.allowed ? ` (allowed: ${e.allowed})` : ""}`;
  });
  return new CliError(lines.join("\n"), EXIT.usage, `usage: ${usageLine}  (run with --help for every flag)`);
}

const examples = (collection: string) =>
  `\nExamples:\n  $ cell-atlas list ${collection}\n  $ cell-atlas list ${collection} --limit 5 --json\n`;

/** The `list <collection>` command, its flags derived from the collection's query schema. */
function listCommand(collection: CollectionName): Command {
  const cmd = new Command(`cell-atlas list ${collection}`)
    .description(`list ${collection}, filtered, sorted and paged like GET /v1/${collection}`)
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({ writeOut: (s) => write(s.trimEnd()), writeErr: (s) => warn(s.trimEnd()) })
    .showHelpAfterError("(run with --help for every flag)")
    .option("--json", "print {data: [...records], meta:{total, nextCursor, dataVersion}} (the API's list body)");
  for (const f of flagsFor(collection)) {
    const value =
      f.param === "q" ? "<text>" : f.param === "limit" ? "<n>" : f.param === "cursor" ? "<cursor>" : "<value>";
    cmd.addOption(new Option(`${f.flag} ${value}`, f.description));
  }
  return cmd.addHelpText("after", examples(collection));
}

const LIST_HELP = `Usage: cell-atlas list <collection> [flags]

List records of a collection, filtered, sorted and paged like the API's lists.
Collections: ${COLLECTIONS.join(", ")}
Every collection has its own flags: cell-atlas list <collection> --help
${examples("therapies")}  $ cell-atlas list trials --country eg --area regenerative --evidence confirmed
`;

/** `cell-atlas list <collection> [flags]`; resolves to the exit code. */
export async function runList(collection: string | undefined, argv: string[]): Promise<number> {
  if (collection === "--help" || collection === "-h") {
    write(LIST_HELP);
    return EXIT.ok;
  }
  if (collection === undefined) {
    warn(`missing collection\n\n${LIST_HELP}`);
    return EXIT.usage;
  }
  if (!(COLLECTIONS as readonly string[]).includes(collection))
    throw new CliError(`unknown collection "${collection}"`, EXIT.usage, `choose one of: ${COLLECTIONS.join(", ")}`);
  const c = collection as CollectionName;
  const cmd = listCommand(c);
  try {
    cmd.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  const { json, ...opts } = cmd.opts<Record<string, unknown>>();
  const atlas = atlasOf();
  const parsed = atlas.parseQuery(c, opts);
  if (!parsed.ok) throw usageErrorFrom(parsed.errors, usage(c));
  const page = atlas.listParsed(c, parsed.params);
  if (json) {
    writeJson({
      data: page.data,
      meta: { total: page.total, nextCursor: page.nextCursor, dataVersion: atlas.dataset.meta.dataVersion },
    });
    return EXIT.ok;
  }
  // The table library is loaded only for a table, not for --json.
  const { printTable } = await import("../table.ts");
  printTable(page.data as R<typeof c>[], COLUMNS[c] as Column<R<typeof c>>[]);
  const more = page.nextCursor ? `; next page: --cursor ${page.nextCursor}` : "";
  warn(page.total === 0 ? `no ${c} match these filters` : `${page.data.length} of ${page.total} ${c}${more}`);
  return EXIT.ok;
}
