import { readFileSync } from "node:fs";
import { COLLECTIONS, createReader, type Dataset, type Reader } from "@cell-atlas/content";
import { CliError, EXIT } from "./io.ts";

let dataset: Dataset | undefined;
let reader: Reader | undefined;

// The build writes the dataset next to the CLI, one file per collection, and its search index.
// Kept out of the bundle, they cost nothing at start-up, and each is read only when a command
// first touches it: `list therapies` never parses the events.
export const readBeside = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");

/** A data file of the CLI's own; a missing or damaged one means a broken install, and says so. */
function readJson(name: string): unknown {
  try {
    return JSON.parse(readBeside(name));
  } catch (error) {
    throw new CliError(
      `the CLI's data file ${name} is missing or damaged: ${(error as Error).message}`,
      EXIT.notFound,
      "reinstall the CLI, or rebuild it in a clone: pnpm --filter @cell-atlas/cli build",
    );
  }
}

/** The dataset shipped with the CLI; each collection is read on first access (never at start-up). */
export function datasetOf(): Dataset {
  if (dataset) return dataset;
  const lazy = { meta: readJson("data/meta.json") } as Dataset;
  const read: Partial<Record<keyof Dataset, unknown>> = {};
  for (const c of COLLECTIONS)
    Object.defineProperty(lazy, c, { enumerable: true, get: () => (read[c] ??= readJson(`data/${c}.json`)) });
  dataset = lazy;
  return dataset;
}

/** Lookups by id without the query layer, whose zod schemas `show` has no use for. */
export function readerOf(): Reader {
  reader ??= createReader(datasetOf());
  return reader;
}
