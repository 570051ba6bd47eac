import { writeFileSync } from "node:fs";
import path from "node:path";
import { COLLECTIONS, type CollectionName, toCsv, toNdjson } from "@cell-atlas/content";
import { datasetOf } from "../data.ts";
import { CliError, EXIT, warn, write } from "../io.ts";

export const FORMATS = ["json", "csv", "ndjson"] as const;
export type Format = (typeof FORMATS)[number];

export function exportText(format: Format, collection?: CollectionName): string {
  const dataset = datasetOf();
  if (format === "csv") {
    if (!collection)
      throw new CliError(
        "csv needs one collection: a CSV file holds one table",
        EXIT.usage,
        `add --collection, one of: ${COLLECTIONS.join(", ")}`,
      );
    return toCsv(collection, dataset[collection] as never);
  }
  if (format === "ndjson") {
    // Without a collection, each line says which collection it belongs to.
    return collection
      ? toNdjson(dataset[collection])
      : toNdjson(COLLECTIONS.flatMap((c) => dataset[c].map((r) => ({ collection: c, ...r }))));
  }
  const value = collection ? { meta: dataset.meta, [collection]: dataset[collection] } : dataset;
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function runExport(opts: { format: Format; collection?: CollectionName; out?: string }): void {
  const text = exportText(opts.format, opts.collection);
  if (!opts.out) {
    write(text);
    return;
  }
  const file = path.resolve(opts.out);
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as Error).message}`, EXIT.notFound);
  }
  warn(`wrote ${file} (${Buffer.byteLength(text)} bytes, ${opts.format})`);
}
