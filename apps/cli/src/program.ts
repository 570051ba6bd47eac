import { COLLECTIONS } from "@cell-atlas/content";
import { Command, CommanderError, Option } from "commander";
import { CliError, EXIT, err } from "./io.ts";

declare const __VERSION__: string;

/** Set by commands whose outcome is not an exception (validate with problems exits 1). */
let actionCode: number = EXIT.ok;

const OUTPUT_HELP = `
Output:
  On a terminal, tables fit the window and long text wraps; colour is used unless NO_COLOR is set.
  Piped or redirected, lists are tab-separated values with a header row, without colour.
  --json prints the same body as the API (see README). Data goes to stdout, messages to stderr.

Exit codes: 0 ok · 1 not found or invalid data · 2 usage error`;

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;

function buildProgram(): Command {
  const program = new Command("cell-atlas")
    .description("The Cell Therapy Atlas (cell therapy in OIC member states) in a terminal and in scripts.")
    .version(__VERSION__, "-v, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showHelpAfterError("(run with --help for usage)")
    .showSuggestionAfterError(true)
    .exitOverride()
    .enablePositionalOptions()
    .addHelpText(
      "after",
      `${examples(
        "cell-atlas list therapies --area cancer --stage phase-1",
        "cell-atlas show nurown",
        "cell-atlas search 'CAR-T leukemia'",
        "cell-atlas stats",
        "cell-atlas export --format csv --collection therapies --out therapies.csv",
        "cell-atlas validate",
        "cell-atlas new therapies my-new-therapy",
      )}${OUTPUT_HELP}`,
    );

  // The flags of `list <collection>` come from the content package's filter tables, which need zod;
  // commands/list.ts builds and parses them, so no other command pays for them.
  program
    .command("list")
    .description(`list records of a collection, filtered and sorted (${COLLECTIONS.join(", ")})`)
    .argument("[collection]", COLLECTIONS.join(" | "))
    .argument("[flags...]", "filters, sort, paging and output flags of that collection (see list <collection> --help)")
    .helpOption(false)
    .allowUnknownOption()
    .passThroughOptions()
    .action(async (collection: string | undefined, flags: string[]) => {
      actionCode = await (await import("./commands/list.ts")).runList(collection, flags);
    });

  program
    .command("show")
    .description("show one record with its sources and the records it is linked to")
    .argument("<id>", "record id, e.g. nurown or nct03280056")
    .addOption(
      new Option("--collection <name>", "look only in this collection (for an id used in several)").choices(
        COLLECTIONS,
      ),
    )
    .option("--json", "print {data, related, meta:{collection, dataVersion}}")
    .addHelpText(
      "after",
      examples(
        "cell-atlas show nurown",
        "cell-atlas show nct03280056 --json",
        "cell-atlas show us --collection countries",
      ),
    )
    .action(async (id: string, opts) => (await import("./commands/show.ts")).runShow(id, opts));

  program
    .command("search")
    .description("ranked full-text search across every collection")
    .argument("<query...>", "words to search for")
    .addOption(new Option("--collection <name>", "only hits from this collection").choices(COLLECTIONS))
    .option("--limit <n>", "at most this many hits, 1–100", "20")
    .option("--json", "print {data: [{collection, id, name, score, terms}], meta:{total, q}}")
    .addHelpText(
      "after",
      examples("cell-atlas search ALS", "cell-atlas search stem cells --collection therapies --json"),
    )
    .action(async (words: string[], opts) => (await import("./commands/search.ts")).runSearch(words.join(" "), opts));

  program
    .command("stats")
    .description("counts by area, stage and country, drawn as bar charts")
    .option("--top <n>", "how many countries to chart", "15")
    .option("--json", "print the stats object of the API's /v1/stats")
    .addHelpText("after", examples("cell-atlas stats", "cell-atlas stats --json"))
    .action(async (opts) => (await import("./commands/stats.ts")).runStats(opts));

  program
    .command("changes")
    .description("what each data release added, removed, renamed or changed, newest first")
    .option(
      "--since <date|version>",
      "changes in releases on or after a date (YYYY[-MM[-DD]]), or after a release (YYYY.MM.DD)",
    )
    .addOption(new Option("--collection <name>", "only changes to this collection").choices(COLLECTIONS))
    .addOption(
      new Option("--type <type>", "only this kind of change").choices(["added", "removed", "renamed", "changed"]),
    )
    .option("--id <id>", "only changes to this record (its history)")
    .option("--limit <n>", "at most this many changes, 1–100", "20")
    .option("--cursor <cursor>", "the next page, from a previous run")
    .option("--releases", "list the releases instead of their changes")
    .option("--json", "print {data: [...changes], meta:{total, nextCursor}} (the API's /v1/changes body)")
    .addHelpText(
      "after",
      examples("cell-atlas changes --since 2026-11", "cell-atlas changes --id nurown", "cell-atlas changes --releases"),
    )
    .action(async (opts) => {
      actionCode = (await import("./commands/changes.ts")).runChanges(opts);
    });

  program
    .command("export")
    .description("the whole dataset, or one collection, as JSON, CSV or NDJSON")
    .addOption(new Option("--format <format>", "output format").choices(["json", "csv", "ndjson"]).default("json"))
    .addOption(new Option("--collection <name>", "only this collection (required for csv)").choices(COLLECTIONS))
    .option("--out <file>", "write to this file instead of stdout")
    .addHelpText(
      "after",
      examples(
        "cell-atlas export > cell-atlas.json",
        "cell-atlas export --format csv --collection trials --out trials.csv",
        "cell-atlas export --format ndjson | jq -c 'select(.collection == \"therapies\")'",
      ),
    )
    .action(async (opts) => (await import("./commands/export.ts")).runExport(opts));

  program
    .command("import")
    .description("turn a registry record into a trial draft: every field it can map, and a list of the rest")
    .argument("<registry>", "clinicaltrials.gov | irct | ictrp")
    .argument(
      "<file-or-id>",
      "a saved record (ClinicalTrials.gov API v2 JSON, WHO ICTRP / IRCT XML), or an NCT id to fetch",
    )
    .option("--out <file>", "write the draft to this file instead of stdout")
    .option("--write", "write data/trials/<id>.yaml in this clone (never overwrites)")
    .option("--dir <data-dir>", "the data folder to write into (implies --write)")
    .addHelpText(
      "after",
      `${examples("cell-atlas import clinicaltrials.gov NCT03280056", "cell-atlas import irct irct-record.xml --write")}
Fetching by id needs the network (ClinicalTrials.gov only); a saved file works offline.`,
    )
    .action(async (registry: string, source: string, opts) => {
      actionCode = await (await import("./commands/import.ts")).runImport(registry, source, opts);
    });

  program
    .command("sync")
    .description("compare saved registry records with the trial records: status, phase, enrolment, dates, sites")
    .argument("<folder>", "a folder of saved registry records (.json, .xml)")
    .option("--write", "update the drifted trial files in place (comments and field order kept)")
    .option("--dir <data-dir>", "the data folder to update (default: this clone's)")
    .option("--json", "print {checked, drift: [{trial, field, atlas, registry}], notInAtlas}")
    .addHelpText("after", examples("cell-atlas sync registry-records/", "cell-atlas sync registry-records/ --write"))
    .action(async (folder: string, opts) => {
      actionCode = await (await import("./commands/sync.ts")).runSync(folder, opts);
    });

  program
    .command("validate")
    .description("check data files: schema, references, ids, sources (same messages as pnpm validate)")
    .argument("[dir]", "data folder (default: packages/content/data of the clone you are in)")
    .option("--json", "print {ok, dir, files, issues:[{file, line, col, field, message, fix}]}")
    .addOption(
      new Option(
        "--format <format>",
        "text: file:line:col lines on stderr; github: GitHub Actions annotations on stdout (default when GITHUB_ACTIONS is set)",
      ).choices(["text", "github"]),
    )
    .addHelpText(
      "after",
      `${examples("cell-atlas validate", "cell-atlas validate ./my-data", "cell-atlas validate --format github")}
Each problem is one line on stderr: file:line:col  field  message  (fix). Exit 1 when there are any.
With --format github each is an ::error annotation naming the file from GITHUB_WORKSPACE (or the
current folder), so a pull request shows it on the changed line.`,
    )
    .action(async (dir: string | undefined, opts) => {
      actionCode = await (await import("./commands/validate.ts")).runValidate(dir, opts);
    });

  program
    .command("new")
    .description("write a YAML template for a new record, every field explained")
    .argument("<collection>", COLLECTIONS.join(" | "))
    .argument("<id>", "the new record's id (kebab-case; ISO code for countries; registry id for trials)")
    .option("--dir <data-dir>", "data folder to write into (default: packages/content/data of this clone)")
    .option("--stdout", "print the template instead of writing a file")
    .addHelpText(
      "after",
      `${examples("cell-atlas new therapies kfshrc-car-t", "cell-atlas new trials nct01234567 --stdout")}
Writes <data-dir>/<collection>/<id>.yaml and refuses to overwrite an existing file.`,
    )
    .action(async (collection: string, id: string, opts) =>
      (await import("./commands/new.ts")).runNew(collection, id, opts),
    );

  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  actionCode = EXIT.ok;
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      const c = err();
      process.stderr.write(`${c.red("error:")} ${error.message}\n${error.hint ? `${error.hint}\n` : ""}`);
      return error.exitCode;
    }
    throw error;
  }
  return actionCode;
}
